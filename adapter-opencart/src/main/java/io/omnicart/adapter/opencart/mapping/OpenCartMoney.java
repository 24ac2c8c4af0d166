package io.omnicart.adapter.opencart.mapping;

import io.omnicart.core.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * OpenCart keeps money in the store's default currency; an order also records the rate to the customer's currency
 * ({@code currency_value}), so an amount in the order currency is value × rate, rounded as that currency rounds.
 */
public final class OpenCartMoney {

    private OpenCartMoney() {}

    public static Money converted(@Nullable BigDecimal value, @Nullable BigDecimal rate, Currency currency) {
        BigDecimal amount = (value == null ? BigDecimal.ZERO : value).multiply(rate == null ? BigDecimal.ONE : rate);
        return new Money(scaled(amount, currency.getDefaultFractionDigits()), currency);
    }

    public static BigDecimal scaled(BigDecimal amount, int digits) {
        return amount.setScale(Math.max(0, digits), RoundingMode.HALF_UP);
    }
}
