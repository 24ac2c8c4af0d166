package io.omnicart.testkit.simulator.seed;

import java.math.BigDecimal;

/**
 * An order or draft order as the simulator stored it.
 *
 * @param id the platform id
 * @param number the human order number the platform shows (Medusa's {@code display_id})
 * @param total the grand total in major units, as the platform computes it
 * @param currency ISO 4217, upper-case
 */
public record SeededOrder(String key, String id, String number, BigDecimal total, String currency) {}
