package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The body of {@code shipment.add}: the tracking number and carrier, linked to the history row that shipped it. */
public record OpenCartShipmentRequest(
        @JsonProperty("order_id") long orderId,
        @JsonProperty("tracking_number") String trackingNumber,
        @Nullable String carrier,
        @JsonProperty("order_history_id") @Nullable Long orderHistoryId) {}
