package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A shipment (reference §5.5): {@code status} is the shipment's own ({@code AwaitingInventory}, {@code Shipped}, …),
 * {@code orderStatus} its workflow status; it carries the delivery address and tracking.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumShipment(
        @Nullable String shipmentId,
        @Nullable String status,
        @Nullable String orderStatus,
        @Nullable String shippingMethodName,
        @Nullable OmniumOrderAddress address,
        @Nullable List<OmniumOrderLine> lineItems,
        @Nullable String shipmentTrackingNumber,
        @Nullable String shipmentTrackingLink,
        @Nullable String completed,
        @Nullable List<OmniumStatusLogEntry> orderStatusLog) {}
