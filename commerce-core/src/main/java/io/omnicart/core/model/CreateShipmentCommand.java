package io.omnicart.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Confirm a shipment. An empty {@code items} ships every unfulfilled item. */
public record CreateShipmentCommand(
        String carrier,
        String trackingNumber,
        @Nullable String trackingUrl,
        List<ShipmentItem> items,
        boolean notifyCustomer) {

    public CreateShipmentCommand {
        items = List.copyOf(items);
    }
}
