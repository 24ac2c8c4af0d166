package io.omnicart.testkit.simulator.seed;

import java.math.BigDecimal;

/**
 * A price in major units, e.g. {@code 19.99 EUR}, before tax: a simulator whose platform taxes orders adds its tax on
 * top, and an order line's {@code unitPrice} is this amount.
 */
public record SeedPrice(String currency, BigDecimal amount) {

    public static SeedPrice of(String currency, String amount) {
        return new SeedPrice(currency, new BigDecimal(amount));
    }
}
