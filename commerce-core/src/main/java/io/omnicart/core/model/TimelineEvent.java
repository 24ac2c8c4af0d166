package io.omnicart.core.model;

import java.time.OffsetDateTime;

/** One entry of an order's history; {@code type} is a short snake_case word such as {@code placed} or {@code shipped}. */
public record TimelineEvent(OffsetDateTime at, String type, String message) {}
