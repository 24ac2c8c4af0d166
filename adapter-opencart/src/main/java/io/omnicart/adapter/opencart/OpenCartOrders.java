package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.client.OpenCartBridgeClient;
import io.omnicart.adapter.opencart.client.OpenCartBridgeQuery;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.opencart.mapping.OpenCartOrderMapper;
import io.omnicart.adapter.opencart.mapping.OpenCartStatusMapper;
import io.omnicart.adapter.opencart.model.OpenCartOptionValue;
import io.omnicart.adapter.opencart.model.OpenCartOrder;
import io.omnicart.adapter.opencart.model.OpenCartOrderLine;
import io.omnicart.adapter.opencart.model.OpenCartOrderStatus;
import io.omnicart.adapter.opencart.model.OpenCartProduct;
import io.omnicart.adapter.opencart.model.OpenCartProductOption;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.SortDirection;
import io.omnicart.core.spi.StoreConnection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reading orders through the bridge. Status filters become the store's own status ids (from its settings); {@code q}
 * is an order id (= number) when it is one, otherwise a piece of the customer's e-mail, matched by the adapter while
 * it pages. Orders with status 0 (abandoned checkouts) are not orders: lists skip them and a read says not found.
 */
final class OpenCartOrders {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final OpenCartBridgeClient bridge;
    private final OpenCartPager pager;

    OpenCartOrders(OpenCartBridgeClient bridge, OpenCartPager pager) {
        this.bridge = bridge;
        this.pager = pager;
    }

    Mono<Page<OrderSummary>> list(StoreConnection store, OrderQuery query) {
        if (query.statuses().isEmpty()) {
            return list(store, query, null);
        }
        return bridge.settings(store).flatMap(settings -> {
            List<Integer> known = OpenCartOrderMapper.list(settings.orderStatuses()).stream()
                    .map(OpenCartOrderStatus::orderStatusId)
                    .toList();
            List<Integer> ids = OpenCartStatusMapper.idsOf(query.statuses(), known);
            return ids.isEmpty() ? Mono.just(empty(query.page())) : list(store, query, ids);
        });
    }

    Mono<Order> get(StoreConnection store, String orderId) {
        return read(store, orderId)
                .flatMap(order -> optionSkus(store, order).map(skus -> OpenCartOrderMapper.toOrder(order, skus)));
    }

    /**
     * The SKUs of the option values chosen on the order's lines ({@code product_option_value_id} → SKU), where the
     * store keeps any (an option-SKU extension on 3.0): one product read for the lines that chose option values.
     */
    private Mono<Map<Long, String>> optionSkus(StoreConnection store, OpenCartOrder order) {
        List<Long> productIds = OpenCartOrderMapper.list(order.lines()).stream()
                .filter(line -> line.productId() != null && line.masterId() == null)
                .filter(line -> OpenCartOrderMapper.list(line.options()).stream()
                        .anyMatch(option -> option.productOptionValueId() != null && option.productOptionValueId() > 0))
                .map(OpenCartOrderLine::productId)
                .distinct()
                .toList();
        if (productIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        OpenCartBridgeQuery query = OpenCartBridgeQuery.route("products")
                .with("ids", productIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .with("limit", productIds.size());
        return bridge.products(store, query).map(page -> {
            Map<Long, String> skus = new HashMap<>();
            for (OpenCartProduct product : page.data()) {
                for (OpenCartProductOption option : OpenCartOrderMapper.list(product.options())) {
                    for (OpenCartOptionValue value : OpenCartOrderMapper.list(option.values())) {
                        if (value.sku() != null && !value.sku().isBlank()) {
                            skus.put(value.productOptionValueId(), value.sku());
                        }
                    }
                }
            }
            return skus;
        });
    }

    /** The bridge's order; {@code NotFound} for ids that are no order (or an abandoned checkout). */
    Mono<OpenCartOrder> read(StoreConnection store, String orderId) {
        return OpenCartIds.checked("order", orderId)
                .flatMap(id -> bridge.order(store, id))
                .filter(order -> order.orderStatusId() > 0)
                .switchIfEmpty(Mono.error(() -> OpenCartErrorTranslator.notFound("order", orderId)));
    }

    /** The customer's orders, newest first. */
    Mono<Page<OrderSummary>> ofCustomer(StoreConnection store, String customerId, PageRequest page) {
        return pager.direct(
                page,
                (limit, offset) -> bridge.orders(
                        store,
                        OpenCartBridgeQuery.route("orders")
                                .with("customer_id", customerId)
                                .with("sort", "-date_added")
                                .with("limit", limit)
                                .with("offset", offset)),
                OpenCartOrders::summaries);
    }

    private Mono<Page<OrderSummary>> list(StoreConnection store, OrderQuery query, @Nullable List<Integer> statusIds) {
        String q = query.q() == null || query.q().isBlank() ? null : query.q().strip();
        boolean byId = q != null && OpenCartIds.isId(q);
        if (q != null && !byId && q.chars().allMatch(Character::isDigit)) {
            return Mono.just(empty(query.page()));
        }
        if (q == null || byId) {
            return pager.direct(
                    query.page(),
                    (limit, offset) -> bridge.orders(store, filters(query, statusIds, byId ? q : null, limit, offset)),
                    OpenCartOrders::summaries);
        }
        String needle = q.toLowerCase(Locale.ROOT);
        return pager.scan(
                        query.page(),
                        (limit, offset) -> bridge.orders(store, filters(query, statusIds, null, limit, offset)),
                        order -> order.email() != null
                                && order.email().toLowerCase(Locale.ROOT).contains(needle))
                .map(page ->
                        page.map(order -> OpenCartOrderMapper.toOrder(order).summary()));
    }

    private static OpenCartBridgeQuery filters(
            OrderQuery query, @Nullable List<Integer> statusIds, @Nullable String id, int limit, long offset) {
        return OpenCartBridgeQuery.route("orders")
                .with("status_ids", statusIds == null ? null : join(statusIds))
                .with("ids", id)
                .with("added_since", instant(query.createdFrom()))
                .with("added_until", instant(query.createdTo()))
                .with("modified_since", instant(query.updatedSince()))
                .with("sort", sort(query))
                .with("limit", limit)
                .with("offset", offset);
    }

    private static String sort(OrderQuery query) {
        String field = switch (query.sort().field()) {
            case CREATED_AT -> "date_added";
            case UPDATED_AT -> "date_modified";
            case NUMBER -> "order_id";
            case TOTAL ->
                throw OpenCartErrorTranslator.invalidField(
                        "sort", "OpenCart orders can be sorted by createdAt, updatedAt or number, not total");
        };
        return (query.sort().direction() == SortDirection.DESC ? "-" : "") + field;
    }

    /** ISO-8601 at whole seconds (OpenCart stores seconds); a bound with a fraction is widened to its second. */
    private static @Nullable String instant(@Nullable OffsetDateTime value) {
        return value == null
                ? null
                : value.withOffsetSameInstant(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .format(INSTANT);
    }

    private static String join(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<OrderSummary> summaries(List<OpenCartOrder> orders) {
        return orders.stream()
                .filter(order -> order.orderStatusId() > 0)
                .map(order -> OpenCartOrderMapper.toOrder(order).summary())
                .toList();
    }

    private static <T> Page<T> empty(PageRequest page) {
        return new Page<>(List.of(), null, page.limit(), 0L);
    }
}
