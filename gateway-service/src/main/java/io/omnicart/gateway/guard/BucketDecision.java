package io.omnicart.gateway.guard;

import java.time.Duration;

/** One take from a bucket: granted or not, tokens left, and when the next refill comes. */
public record BucketDecision(boolean allowed, long remaining, Duration nextRefill) {}
