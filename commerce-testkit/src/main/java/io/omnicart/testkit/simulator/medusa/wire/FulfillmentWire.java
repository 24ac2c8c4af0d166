package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.FulfillmentState;

/** Fulfillments with their labels (tracking numbers and URLs). */
final class FulfillmentWire {

    private static final String PROVIDER = "manual_manual";

    WireRow row(FulfillmentState fulfillment) {
        return new WireRow()
                .col("id", fulfillment.id)
                .col("location_id", fulfillment.locationId)
                .col("packed_at", fulfillment.packedAt)
                .col("shipped_at", fulfillment.shippedAt)
                .col("marked_shipped_by", fulfillment.shippedBy)
                .col("created_by", fulfillment.createdBy)
                .col("delivered_at", fulfillment.deliveredAt)
                .col("canceled_at", fulfillment.canceledAt)
                .col("data", MedusaJson.object())
                .col("requires_shipping", true)
                .col("provider", MedusaJson.idOnly(PROVIDER))
                .col("shipping_option_id", fulfillment.shippingOptionId)
                .col("shipping_option", MedusaJson.idOnly(fulfillment.shippingOptionId))
                .col("delivery_address", MedusaJson.idOnly(fulfillment.deliveryAddressId))
                .col("metadata", null)
                .timestamps(fulfillment.createdAt, fulfillment.updatedAt)
                .col("provider_id", PROVIDER)
                .col("delivery_address_id", fulfillment.deliveryAddressId)
                .rows("labels", fulfillment.labels, label -> label(fulfillment, label));
    }

    private static WireRow label(FulfillmentState fulfillment, FulfillmentState.Label label) {
        return new WireRow()
                .col("id", label.id())
                .col("tracking_number", label.trackingNumber())
                .col("tracking_url", label.trackingUrl())
                .col("label_url", label.labelUrl())
                .col("fulfillment_id", fulfillment.id)
                .timestamps(label.createdAt(), label.createdAt());
    }
}
