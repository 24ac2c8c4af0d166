package io.omnicart.adapter.omnium.mapping;

import io.omnicart.core.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Omnium amounts are JSON decimals in major units with an ISO 4217 currency code (reference §2). */
public final class OmniumMoney {

    private OmniumMoney() {}

    public static Currency currency(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("no currency code");
        }
        return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
    }

    /** An amount in the currency with at least the currency's decimals; null counts as zero. */
    public static Money money(@Nullable BigDecimal amount, Currency currency) {
        if (amount == null) {
            return Money.zero(currency);
        }
        BigDecimal exact = amount.stripTrailingZeros();
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(exact.scale() < digits ? exact.setScale(digits) : exact, currency);
    }

    /** A tax-inclusive amount without its tax at {@code ratePercent}, to the currency's decimals; null stays null. */
    static @Nullable BigDecimal exclTax(
            @Nullable BigDecimal gross, @Nullable BigDecimal ratePercent, Currency currency) {
        if (gross == null || ratePercent == null || ratePercent.signum() == 0) {
            return gross;
        }
        BigDecimal divisor = BigDecimal.ONE.add(ratePercent.movePointLeft(2));
        return gross.divide(divisor, Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP);
    }

    static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
