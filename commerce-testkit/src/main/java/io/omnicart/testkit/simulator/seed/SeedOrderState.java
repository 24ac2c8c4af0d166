package io.omnicart.testkit.simulator.seed;

/** The state an order is seeded in. */
public enum SeedOrderState {
    PENDING,
    COMPLETED,
    CANCELED,
    ARCHIVED
}
