package io.omnicart.adapter.demo.query;

import io.omnicart.adapter.demo.DemoErrorTranslator;
import io.omnicart.adapter.demo.data.DemoStore;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.SortDirection;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Order lists of the demo store, filtered, sorted and paged exactly as {@code docs/api.md} describes. */
public final class DemoOrderQueries {

    private DemoOrderQueries() {}

    /**
     * {@code q}: an exact order id, an exact number (a leading {@code #} is ignored) or a case-insensitive substring of
     * the customer e-mail; {@code statuses} empty = all; created bounds inclusive; {@code updatedSince} inclusive.
     */
    public static Page<OrderSummary> list(DemoStore store, OrderQuery query) {
        List<OrderSummary> matches = store.orders().stream()
                .filter(matchesText(query.q()))
                .filter(order -> query.statuses().isEmpty() || query.statuses().contains(order.status()))
                .filter(order -> within(order.createdAt(), query.createdFrom(), query.createdTo()))
                .filter(order -> within(order.updatedAt(), query.updatedSince(), null))
                .sorted(comparator(query.sort()))
                .map(Order::summary)
                .toList();
        return DemoPaging.page(matches, query.page());
    }

    /** A customer's orders, newest first; {@code NotFound} for an unknown customer. */
    public static Page<OrderSummary> forCustomer(DemoStore store, String customerId, PageRequest page) {
        if (store.customer(customerId).isEmpty()) {
            throw DemoErrorTranslator.notFound("customer", customerId);
        }
        List<OrderSummary> orders = store.orders().stream()
                .filter(order -> order.customer() != null
                        && customerId.equals(order.customer().id()))
                .sorted(comparator(OrderSort.NEWEST_FIRST))
                .map(Order::summary)
                .toList();
        return DemoPaging.page(orders, page);
    }

    /** The order of a sort; the id breaks ties in the same direction. */
    static Comparator<Order> comparator(OrderSort sort) {
        Comparator<Order> primary = switch (sort.field()) {
            case CREATED_AT -> Comparator.comparing(Order::createdAt);
            case UPDATED_AT -> Comparator.comparing(Order::updatedAt);
            case NUMBER ->
                Comparator.comparing((Order order) -> order.number().length()).thenComparing(Order::number);
            case TOTAL ->
                Comparator.comparing((Order order) -> order.totals().total().amount());
        };
        Comparator<Order> full = primary.thenComparing(Order::id);
        return sort.direction() == SortDirection.DESC ? full.reversed() : full;
    }

    private static Predicate<Order> matchesText(@Nullable String q) {
        if (q == null || q.isBlank()) {
            return order -> true;
        }
        String text = q.strip();
        String number = text.startsWith("#") ? text.substring(1) : text;
        String lower = text.toLowerCase(Locale.ROOT);
        return order -> order.id().equals(text)
                || order.number().equals(number)
                || (order.email() != null
                        && order.email().toLowerCase(Locale.ROOT).contains(lower));
    }

    private static boolean within(OffsetDateTime at, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        return (from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to));
    }
}
