package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.core.model.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Revenue per currency from orders (reference §11, option B): the sum of {@code orderForm.total} per {@code
 * billingCurrency}; the caller leaves cancelled orders out. Pure; immutable.
 */
public record OmniumRevenue(Map<String, BigDecimal> byCurrency) {

    public OmniumRevenue {
        byCurrency = Map.copyOf(byCurrency);
    }

    public static OmniumRevenue none() {
        return new OmniumRevenue(Map.of());
    }

    public OmniumRevenue plus(List<OmniumOrder> orders) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>(byCurrency);
        for (OmniumOrder order : orders) {
            if (order.billingCurrency() != null
                    && order.orderForm() != null
                    && order.orderForm().total() != null) {
                sums.merge(
                        order.billingCurrency().toUpperCase(Locale.ROOT),
                        order.orderForm().total(),
                        BigDecimal::add);
            }
        }
        return new OmniumRevenue(sums);
    }

    public List<Money> toMoney() {
        return byCurrency.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> OmniumMoney.money(entry.getValue(), OmniumMoney.currency(entry.getKey())))
                .toList();
    }
}
