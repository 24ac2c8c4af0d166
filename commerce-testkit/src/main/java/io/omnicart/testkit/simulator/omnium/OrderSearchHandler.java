package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Order reads: search with its paging caps, scroll, get by id, exists and count (reference §5.1, §12 r9–r17, r22). */
final class OrderSearchHandler {

    private final OmniumStore store;
    private final OmniumScrolls scrolls;
    private final OmniumOptions options;

    OrderSearchHandler(OmniumStore store, OmniumScrolls scrolls, OmniumOptions options) {
        this.store = store;
        this.scrolls = scrolls;
        this.options = options;
    }

    SimResponse search(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        List<ObjectNode> matching = new OrderQuery(body).apply(store.orders());
        return SimResponse.json(200, OmniumPaging.searchPage(body, options, matching));
    }

    SimResponse startScroll(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        Integer take = OmniumJson.integer(body, "take");
        int batch = take == null || take <= 0 ? options.defaultScrollBatch() : take;
        List<String> ids = new OrderQuery(body)
                .apply(store.orders()).stream()
                        .map(order -> order.get("id").asString())
                        .toList();
        return scrollPage(scrolls.start(ids, batch));
    }

    SimResponse continueScroll(SimRequest request, List<String> params) {
        return scrollPage(params.getFirst());
    }

    private SimResponse scrollPage(String scrollId) {
        OmniumScrolls.Page page = scrolls.next(scrollId);
        List<ObjectNode> orders =
                page.ids().stream().filter(store::hasOrder).map(store::order).toList();
        return SimResponse.json(200, scrollWrapper(orders, page));
    }

    SimResponse get(SimRequest request, List<String> params) {
        return SimResponse.json(200, store.order(params.getFirst()));
    }

    SimResponse exists(SimRequest request, List<String> params) {
        return SimResponse.text(store.hasOrder(params.getFirst()) ? 200 : 404, "text/plain; charset=utf-8", "");
    }

    SimResponse count(SimRequest request, List<String> params) {
        List<String> statuses = request.query().values("status");
        long count = store.orders().stream()
                .filter(order -> statuses.isEmpty()
                        || statuses.contains(order.get("status").asString()))
                .count();
        return SimResponse.json(200, OmniumJson.NODES.numberNode(count));
    }

    private static ObjectNode scrollWrapper(List<ObjectNode> orders, OmniumScrolls.Page page) {
        ObjectNode wrapper = OmniumPaging.slice(orders, 0, orders.size(), page.scrollId());
        wrapper.put("totalHits", page.totalHits());
        return wrapper;
    }

    SimResponse customerOrders(SimRequest request, List<String> params) {
        List<ObjectNode> orders = new OrderQuery(OmniumJson.object())
                .apply(store.orders()).stream()
                        .filter(order -> params.getFirst()
                                .equals(order.path("customerId").asString()))
                        .toList();
        return SimResponse.json(200, OmniumPaging.listPage(request.query(), orders));
    }
}
