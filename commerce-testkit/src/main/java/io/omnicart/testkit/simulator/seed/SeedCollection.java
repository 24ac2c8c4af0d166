package io.omnicart.testkit.simulator.seed;

/** A product collection (category), addressed by its handle. */
public record SeedCollection(String handle, String title) {}
