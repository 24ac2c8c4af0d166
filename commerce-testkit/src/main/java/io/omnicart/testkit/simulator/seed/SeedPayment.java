package io.omnicart.testkit.simulator.seed;

/** What happened to an order's payment (its full amount). */
public enum SeedPayment {
    /** No payment at all (e.g. an order converted from a draft). */
    NOT_PAID,
    AUTHORIZED,
    CAPTURED,
    /** Captured, then refunded in full. */
    REFUNDED,
    /** Authorized, then canceled. */
    CANCELED
}
