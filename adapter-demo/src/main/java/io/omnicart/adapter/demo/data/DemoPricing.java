package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.Address;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.OrderTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Order arithmetic: subtotal = Σ line totals; discount = a percentage of the subtotal; shipping is a flat rate per
 * country, free above a threshold; tax is the destination's rate on (subtotal − discount + shipping); total = subtotal
 * + shipping + tax − discount. Everything is rounded half-up to cents.
 */
final class DemoPricing {

    private static final BigDecimal FREE_SHIPPING_EUR = new BigDecimal("100.00");
    private static final BigDecimal FREE_SHIPPING_USD = new BigDecimal("150.00");
    private static final Map<String, String> SHIPPING_RATES = Map.ofEntries(
            Map.entry("DE", "4.95"),
            Map.entry("NL", "5.95"),
            Map.entry("BE", "5.95"),
            Map.entry("AT", "5.95"),
            Map.entry("FR", "7.95"),
            Map.entry("IT", "7.95"),
            Map.entry("ES", "7.95"),
            Map.entry("SE", "9.95"),
            Map.entry("DK", "9.95"),
            Map.entry("US", "7.95"),
            Map.entry("CA", "14.95"));

    private DemoPricing() {}

    static OrderTotals totals(List<LineItem> lines, Currency currency, Address destination, int discountPercent) {
        Money subtotal = lines.stream().map(LineItem::total).reduce(Money.zero(currency), Money::plus);
        Money discount = percentage(subtotal, BigDecimal.valueOf(discountPercent, 2));
        Money shipping = shipping(subtotal.minus(discount), destination.countryCode());
        Money taxable = subtotal.minus(discount).plus(shipping);
        Money tax = percentage(taxable, DemoPlaces.taxRate(destination.countryCode(), destination.province()));
        Money total = subtotal.plus(shipping).plus(tax).minus(discount);
        return new OrderTotals(subtotal, shipping, tax, discount, total);
    }

    /** {@code money × rate}, rounded half-up to cents. */
    static Money percentage(Money money, BigDecimal rate) {
        return new Money(money.amount().multiply(rate).setScale(2, RoundingMode.HALF_UP), money.currency());
    }

    private static Money shipping(Money goods, String country) {
        boolean euro = "EUR".equals(goods.currency().getCurrencyCode());
        BigDecimal threshold = euro ? FREE_SHIPPING_EUR : FREE_SHIPPING_USD;
        if (goods.amount().compareTo(threshold) >= 0) {
            return Money.zero(goods.currency());
        }
        return new Money(new BigDecimal(Objects.requireNonNull(SHIPPING_RATES.get(country))), goods.currency());
    }
}
