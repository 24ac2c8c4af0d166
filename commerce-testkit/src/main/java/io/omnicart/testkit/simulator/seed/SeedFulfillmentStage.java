package io.omnicart.testkit.simulator.seed;

/** How far a fulfillment got: packed, handed to the carrier, or delivered. */
public enum SeedFulfillmentStage {
    FULFILLED,
    SHIPPED,
    DELIVERED
}
