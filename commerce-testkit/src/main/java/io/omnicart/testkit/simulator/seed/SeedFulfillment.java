package io.omnicart.testkit.simulator.seed;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One fulfillment (shipment) of an order.
 *
 * @param quantities SKU → units in this fulfillment; empty means every unit of every line
 * @param carrier carrier name, kept where the platform has a place for it
 * @param trackingNumber tracking number of a shipped fulfillment, or null
 * @param trackingUrl tracking URL, or null
 */
public record SeedFulfillment(
        SeedFulfillmentStage stage,
        Map<String, Integer> quantities,
        @Nullable String carrier,
        @Nullable String trackingNumber,
        @Nullable String trackingUrl) {

    public SeedFulfillment {
        quantities = Map.copyOf(quantities);
    }

    /** All units, at {@code stage}, without tracking. */
    public static SeedFulfillment all(SeedFulfillmentStage stage) {
        return new SeedFulfillment(stage, Map.of(), null, null, null);
    }

    /** All units, shipped or delivered with a carrier and tracking number. */
    public static SeedFulfillment tracked(SeedFulfillmentStage stage, String carrier, String trackingNumber) {
        String url = "https://tracking.example.com/" + trackingNumber;
        return new SeedFulfillment(stage, Map.of(), carrier, trackingNumber, url);
    }
}
