package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Order reads (reference §5.1, §11, §12 r9–r17, r22): POST search with its paging caps, scroll, get by id, exists,
 * the GET list ({@code GetOrders}, {@code GetOrders/ByOrderType}), {@code GetOrders/ByIds}, the bare-integer count,
 * a customer's orders (GET list, {@code GetOrdersForCustomer}, POST search), the order of a cart. Orders of markets
 * outside the API user's scope are left out (lists) or refused (by id).
 */
final class OrderSearchHandler {

    static final String SCROLL_KIND = "orders";

    private final OmniumStore store;
    private final OmniumScrolls scrolls;
    private final OmniumOptions options;
    private final OmniumCaller caller;

    OrderSearchHandler(OmniumStore store, OmniumScrolls scrolls, OmniumOptions options, OmniumCaller caller) {
        this.store = store;
        this.scrolls = scrolls;
        this.options = options;
        this.caller = caller;
    }

    private List<ObjectNode> visibleOrders() {
        return caller.visible(store.orders());
    }

    SimResponse search(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        List<ObjectNode> matching = new OrderQuery(body, options.rangeToInclusive()).apply(visibleOrders());
        return SimResponse.json(200, OmniumPaging.searchPage(body, options, matching));
    }

    SimResponse startScroll(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        Integer take = OmniumJson.integer(body, "take");
        int batch = take == null || take <= 0 ? options.defaultScrollBatch() : take;
        List<ObjectNode> matching = new OrderQuery(body, options.rangeToInclusive()).apply(visibleOrders());
        String id = scrolls.start(SCROLL_KIND, matching, batch);
        return SimResponse.json(200, OmniumScrolls.wrapper(scrolls.next(SCROLL_KIND, id)));
    }

    SimResponse continueScroll(SimRequest request, List<String> params) {
        return SimResponse.json(200, OmniumScrolls.wrapper(scrolls.next(SCROLL_KIND, params.getFirst())));
    }

    SimResponse get(SimRequest request, List<String> params) {
        return SimResponse.json(
                200, caller.check(store.order(params.getFirst())).deepCopy());
    }

    SimResponse exists(SimRequest request, List<String> params) {
        boolean exists = store.hasOrder(params.getFirst()) && caller.sees(store.order(params.getFirst()));
        return SimResponse.text(exists ? 200 : 404, "text/plain; charset=utf-8", "");
    }

    /** {@code GET /api/Orders/GetOrders/Count?storeId&status&changedSince&orderTypes}: a bare JSON integer. */
    SimResponse count(SimRequest request, List<String> params) {
        long count =
                visibleOrders().stream().filter(listFilter(request.query())).count();
        return SimResponse.json(200, OmniumJson.NODES.numberNode(count));
    }

    /** {@code GET /api/Orders/GetOrders?storeId&status&changedSince&page&pageSize}: created descending, 1-based. */
    SimResponse list(SimRequest request, List<String> params) {
        List<ObjectNode> orders = new OrderQuery(OmniumJson.object())
                .apply(visibleOrders()).stream()
                        .filter(listFilter(request.query()))
                        .toList();
        return SimResponse.json(200, OmniumPaging.listPage(request.query(), orders));
    }

    private Predicate<ObjectNode> listFilter(QueryParams query) {
        List<String> stores = query.values("storeId");
        List<String> statuses = query.values("status");
        List<String> types = new ArrayList<>(query.values("orderTypes"));
        types.addAll(query.values("orderType"));
        String changedSince = query.single("changedSince");
        Instant since = changedSince == null ? null : OmniumJson.parseTime(changedSince);
        boolean exclusive = options.changedSinceExclusive();
        return order -> (stores.isEmpty()
                        || stores.contains(order.path("storeId").asString()))
                && (statuses.isEmpty() || statuses.contains(order.path("status").asString()))
                && (types.isEmpty() || types.contains(order.path("orderType").asString()))
                && (since == null || after(order, since, exclusive));
    }

    private static boolean after(ObjectNode order, Instant since, boolean exclusive) {
        Instant modified = OmniumJson.parseTime(order.path("modified").asString());
        return exclusive ? modified.isAfter(since) : !modified.isBefore(since);
    }

    /** {@code GET /api/Orders/GetOrders/ByIds?ids=a&ids=b} → {@code {orders, missingIds}}. */
    SimResponse byIds(SimRequest request, List<String> params) {
        ObjectNode answer = OmniumJson.object();
        ArrayNode orders = answer.putArray("orders");
        ArrayNode missing = answer.putArray("missingIds");
        for (String id : request.query().values("ids")) {
            if (store.hasOrder(id) && caller.sees(store.order(id))) {
                orders.add(store.order(id).deepCopy());
            } else {
                missing.add(id);
            }
        }
        return SimResponse.json(200, answer);
    }

    /** {@code GET /api/Orders/Customers/{customerId}/Orders?page&pageSize}: created descending, 1-based. */
    SimResponse customerOrders(SimRequest request, List<String> params) {
        return SimResponse.json(200, OmniumPaging.listPage(request.query(), ofCustomer(params.getFirst())));
    }

    /** {@code POST /api/Orders/Customers/{customerId}/Orders/Search}: the search wrapper, 0-based paging. */
    SimResponse customerOrdersSearch(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        List<ObjectNode> orders = new OrderQuery(body, options.rangeToInclusive()).apply(ofCustomer(params.getFirst()));
        return SimResponse.json(200, OmniumPaging.searchPage(body, options, orders));
    }

    /** {@code GET /api/Orders/GetOrdersForCustomer?customerId|phone|email&storeId&page&pageSize}. */
    SimResponse ordersForCustomer(SimRequest request, List<String> params) {
        QueryParams query = request.query();
        String customerId = query.single("customerId");
        String email = query.single("email");
        String phone = query.single("phone");
        List<String> stores = query.values("storeId");
        if (customerId == null && email == null && phone == null) {
            throw OmniumFailure.badRequest("customerId, email or phone is required");
        }
        List<ObjectNode> orders = new OrderQuery(OmniumJson.object())
                .apply(visibleOrders()).stream()
                        .filter(order -> customerId == null
                                || customerId.equals(order.path("customerId").asString()))
                        .filter(order -> email == null
                                || email.equalsIgnoreCase(
                                        order.path("customerEmail").asString()))
                        .filter(order -> phone == null
                                || phone.equals(order.path("customerPhone").asString()))
                        .filter(order -> stores.isEmpty()
                                || stores.contains(order.path("storeId").asString()))
                        .toList();
        return SimResponse.json(200, OmniumPaging.listPage(query, orders));
    }

    private List<ObjectNode> ofCustomer(String customerId) {
        return new OrderQuery(OmniumJson.object())
                .apply(visibleOrders()).stream()
                        .filter(order ->
                                customerId.equals(order.path("customerId").asString()))
                        .toList();
    }

    /** {@code GET /api/Orders/carts/{cartId}}: the order created from the cart. */
    SimResponse orderOfCart(SimRequest request, List<String> params) {
        return visibleOrders().stream()
                .filter(order -> params.getFirst()
                        .equals(order.path("orderForm").path("cartId").asString()))
                .findFirst()
                .map(order -> SimResponse.json(200, order.deepCopy()))
                .orElseThrow(() -> OmniumFailure.notFound("Order not found"));
    }
}
