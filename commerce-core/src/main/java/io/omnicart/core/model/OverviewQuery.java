package io.omnicart.core.model;

import java.time.Duration;

/** The overview over the last {@code window} (1 to 365 days). */
public record OverviewQuery(Duration window) {}
