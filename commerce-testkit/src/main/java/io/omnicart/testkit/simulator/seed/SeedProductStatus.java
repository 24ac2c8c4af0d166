package io.omnicart.testkit.simulator.seed;

/** Publication state of a seeded product. */
public enum SeedProductStatus {
    PUBLISHED,
    DRAFT,
    PROPOSED,
    REJECTED
}
