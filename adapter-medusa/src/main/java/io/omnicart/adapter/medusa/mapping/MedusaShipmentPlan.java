package io.omnicart.adapter.medusa.mapping;

import io.omnicart.adapter.medusa.model.MedusaItemQuantity;
import java.util.List;

/**
 * What confirming a shipment takes: a new fulfillment for {@code toFulfill} (then its shipment), and/or shipments of
 * fulfillments that were packed but not shipped yet.
 */
public record MedusaShipmentPlan(List<MedusaItemQuantity> toFulfill, List<Packed> packed) {

    public MedusaShipmentPlan {
        toFulfill = List.copyOf(toFulfill);
        packed = List.copyOf(packed);
    }

    /** A fulfillment awaiting its shipment, with the lines it holds. */
    public record Packed(String fulfillmentId, List<MedusaItemQuantity> items) {
        public Packed {
            items = List.copyOf(items);
        }
    }
}
