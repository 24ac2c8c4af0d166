package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** {@code OmniumUpdateShipmentInfo}: which shipment a status change or line update is about, and its tracking. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OmniumShipmentInfo(
        @Nullable String shipmentId,
        @Nullable String trackingNumber,
        @Nullable String trackingUrl,
        @Nullable String shippingMethodName) {}
