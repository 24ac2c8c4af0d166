package io.omnicart.testkit.simulator.seed;

/** An order line: {@code quantity} units of the variant with this SKU at its price in the order's currency. */
public record SeedLine(String sku, int quantity) {}
