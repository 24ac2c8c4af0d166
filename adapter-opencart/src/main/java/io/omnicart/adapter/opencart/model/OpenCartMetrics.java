package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The bridge's {@code metrics} answer for one window (PROTOCOL.md §4.8). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartMetrics(
        @Nullable OffsetDateTime from,
        @Nullable OffsetDateTime to,
        @Nullable OpenCartMetricCount orders,
        @Nullable OpenCartRevenue revenue,
        @Nullable OpenCartMetricCount customers,
        @Nullable OpenCartMetricCount products) {}
