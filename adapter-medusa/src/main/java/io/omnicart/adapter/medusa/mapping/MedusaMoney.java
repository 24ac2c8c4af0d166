package io.omnicart.adapter.medusa.mapping;

import io.omnicart.core.model.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Medusa v2 amounts are JSON numbers in MAJOR units ({@code 19.99} is €19.99, reference §1.1): never divided by 100.
 * Currency codes arrive lower-case and leave upper-case.
 */
public final class MedusaMoney {

    private MedusaMoney() {}

    /** The ISO 4217 currency of a Medusa code ({@code eur}); fails on a code Java does not know. */
    public static Currency currency(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("no currency code");
        }
        return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The upper-case code of a Medusa currency code. */
    public static String code(@Nullable String code) {
        return currency(code).getCurrencyCode();
    }

    /** An amount in the currency, at least as many decimals as the currency has; null counts as zero. */
    public static Money money(@Nullable BigDecimal amount, Currency currency) {
        if (amount == null) {
            return Money.zero(currency);
        }
        BigDecimal exact = amount.stripTrailingZeros();
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(exact.scale() < digits ? exact.setScale(digits) : exact, currency);
    }

    /** The first non-null amount. */
    static @Nullable BigDecimal first(@Nullable BigDecimal... amounts) {
        for (BigDecimal amount : amounts) {
            if (amount != null) {
                return amount;
            }
        }
        return null;
    }
}
