package io.omnicart.adapter.demo.query;

import io.omnicart.adapter.demo.data.DemoStore;
import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.model.TimeWindow;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;

/**
 * The demo store's headline figures over {@code [now − window, now]}, both ends inclusive:
 *
 * <ul>
 *   <li>{@code orderCount}: orders created in the window, whatever their status;
 *   <li>{@code customerCount}, {@code productCount}: all customers (registered and guest) and all products (every
 *       status) of the store, not limited to the window;
 *   <li>{@code revenue}: one {@link Money} per store currency (default currency first, zero when nothing sold), the sum
 *       of {@code totals.total} of the orders created in the window that were not cancelled, i.e. neither status
 *       {@code cancelled} nor archived after a cancellation (fulfillment {@code canceled});
 *   <li>{@code asOf} = now; {@code cached} = false (the gateway caches).
 * </ul>
 */
public final class DemoOverviewCalculator {

    private DemoOverviewCalculator() {}

    public static StoreOverview overview(DemoStore store, OffsetDateTime now, Duration window) {
        OffsetDateTime from = now.minus(window);
        List<Order> inWindow = store.orders().stream()
                .filter(order ->
                        !order.createdAt().isBefore(from) && !order.createdAt().isAfter(now))
                .toList();
        List<Money> revenue = store.settings().currencies().stream()
                .map(setting -> revenue(inWindow, Currency.getInstance(setting.code())))
                .toList();
        return new StoreOverview(
                inWindow.size(),
                store.customers().size(),
                store.products().size(),
                revenue,
                new TimeWindow(from, now),
                now,
                false);
    }

    /** Whether an order counts as cancelled for revenue. */
    public static boolean cancelled(Order order) {
        return order.status() == OrderStatus.CANCELLED || order.fulfillmentStatus() == FulfillmentStatus.CANCELED;
    }

    private static Money revenue(List<Order> orders, Currency currency) {
        return orders.stream()
                .filter(order -> order.currency().equals(currency) && !cancelled(order))
                .map(order -> order.totals().total())
                .reduce(Money.zero(currency), Money::plus);
    }
}
