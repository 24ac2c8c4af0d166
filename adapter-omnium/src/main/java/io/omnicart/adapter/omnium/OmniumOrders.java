package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumClient;
import io.omnicart.adapter.omnium.mapping.OmniumOrderFilters;
import io.omnicart.adapter.omnium.mapping.OmniumOrderMapper;
import io.omnicart.adapter.omnium.mapping.OmniumStatusRules;
import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderSearchRequest;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.spi.StoreConnection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reading orders: the list with OmniCart's {@code q} (an order id or number exactly, or a piece of the customer's
 * e-mail), statuses normalized by the tenant's order types, and deep paging past Omnium's window; the detail; a
 * customer's orders.
 */
final class OmniumOrders {

    private final OmniumClient client;
    private final OmniumStatuses statuses;
    private final OmniumOrderPager pager;
    private final OmniumScanner scanner;

    OmniumOrders(OmniumClient client, OmniumStatuses statuses, OmniumOrderPager pager, OmniumScanner scanner) {
        this.client = client;
        this.statuses = statuses;
        this.pager = pager;
        this.scanner = scanner;
    }

    Mono<Page<OrderSummary>> list(StoreConnection store, OrderQuery query) {
        return statuses.rules(store).flatMap(rules -> list(store, query, rules, null));
    }

    /** Newest first; {@code NotFound} for an unknown customer is the caller's check. */
    Mono<Page<OrderSummary>> ofCustomer(StoreConnection store, String customerId, PageRequest page) {
        OrderQuery query = new OrderQuery(null, Set.of(), null, null, null, OrderSort.NEWEST_FIRST, page);
        return statuses.rules(store).flatMap(rules -> list(store, query, rules, customerId));
    }

    Mono<Order> get(StoreConnection store, String id) {
        return read(store, id).map(Read::toOrder);
    }

    /** The raw order and the rules that read it, for actions. */
    Mono<Read> read(StoreConnection store, String id) {
        return statuses.rules(store).flatMap(rules -> client.getOrder(store, id).map(order -> new Read(order, rules)));
    }

    record Read(OmniumOrder order, OmniumStatusRules rules) {
        Order toOrder() {
            return OmniumOrderMapper.toOrder(order, rules);
        }
    }

    private Mono<Page<OrderSummary>> list(
            StoreConnection store, OrderQuery query, OmniumStatusRules rules, @Nullable String customerId) {
        String q = query.q() == null || query.q().isBlank() ? null : query.q().strip();
        OmniumOrderFilters.Plan plan = OmniumOrderFilters.plan(query, rules, q, customerId);
        if (plan.empty()) {
            return Mono.just(new Page<>(List.of(), null, query.page().limit(), 0L));
        }
        OmniumOrderSearchRequest search = plan.request();
        if (q == null && !plan.postFilter()) {
            return pager.page(store, search, query.page(), order -> OmniumOrderMapper.toSummary(order, rules));
        }
        Predicate<OmniumOrder> keep = matches(q).and(statusIn(query, rules, plan.postFilter()));
        return scanner.filtered(
                query.page(),
                (index, size) -> client.searchOrders(store, search.withPage(size, index)),
                keep,
                order -> OmniumOrderMapper.toSummary(order, rules));
    }

    /** OmniCart's {@code q}: the order id or number exactly, or a case-insensitive piece of the e-mail. */
    private static Predicate<OmniumOrder> matches(@Nullable String q) {
        if (q == null) {
            return order -> true;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        return order -> q.equals(order.id())
                || q.equals(order.orderNumber())
                || (order.customerEmail() != null
                        && order.customerEmail().toLowerCase(Locale.ROOT).contains(needle));
    }

    private static Predicate<OmniumOrder> statusIn(OrderQuery query, OmniumStatusRules rules, boolean check) {
        if (!check) {
            return order -> true;
        }
        return order -> query.statuses().contains(rules.normalize(order.orderType(), order.status(), order.tags()));
    }
}
