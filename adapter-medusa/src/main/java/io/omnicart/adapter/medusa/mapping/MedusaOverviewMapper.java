package io.omnicart.adapter.medusa.mapping;

import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Money;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Revenue over a window (reference §11): the sum of {@code total} per currency of the orders that were not cancelled
 * (status {@code canceled}, or archived after a cancellation, which leaves {@code canceled_at}). Never adds amounts of
 * different currencies; every store currency appears, the default first, zero when nothing sold.
 */
public final class MedusaOverviewMapper {

    private MedusaOverviewMapper() {}

    public static List<Money> revenue(List<MedusaOrder> orders, List<CurrencySetting> storeCurrencies) {
        Map<Currency, Money> sums = new LinkedHashMap<>();
        storeCurrencies.forEach(setting -> {
            Currency currency = Currency.getInstance(setting.code());
            sums.put(currency, Money.zero(currency));
        });
        orders.stream().filter(MedusaOverviewMapper::counts).forEach(order -> {
            Currency currency = MedusaMoney.currency(order.currencyCode());
            Money amount = MedusaMoney.money(order.total(), currency);
            sums.merge(currency, amount, Money::plus);
        });
        return List.copyOf(sums.values());
    }

    static boolean counts(MedusaOrder order) {
        return order.canceledAt() == null && !"canceled".equals(order.status()) && !"draft".equals(order.status());
    }
}
