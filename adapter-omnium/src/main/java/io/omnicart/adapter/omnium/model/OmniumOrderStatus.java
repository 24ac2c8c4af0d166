package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A status of an order type; the flags, not the names, say which statuses cancel or complete (reference §5.3). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumOrderStatus(
        @Nullable String name,
        @Nullable Boolean isCanceledStatus,
        @Nullable Boolean isDeliveredStatus,
        @Nullable Boolean isInProgressStatus) {}
