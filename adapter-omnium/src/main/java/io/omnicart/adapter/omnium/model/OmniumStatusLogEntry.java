package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One entry of a shipment's {@code orderStatusLog} (reference §5.7); present only when the tenant logs statuses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumStatusLogEntry(
        @Nullable String status, @Nullable String timestamp) {}
