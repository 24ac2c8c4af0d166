package io.omnicart.gateway.guard;

import java.time.Duration;

/** A token bucket: up to {@code capacity} tokens, {@code refillTokens} added every whole {@code refillPeriod}. */
public record BucketSpec(long capacity, long refillTokens, Duration refillPeriod) {}
