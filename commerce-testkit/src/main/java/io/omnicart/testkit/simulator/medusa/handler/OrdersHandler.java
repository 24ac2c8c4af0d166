package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.OrderState;
import io.omnicart.testkit.simulator.medusa.state.OrderWorkflows;
import io.omnicart.testkit.simulator.medusa.wire.FieldTree;
import io.omnicart.testkit.simulator.medusa.wire.ListEnvelope;
import io.omnicart.testkit.simulator.medusa.wire.MedusaJson;
import io.omnicart.testkit.simulator.medusa.wire.OrderChangeWire;
import io.omnicart.testkit.simulator.medusa.wire.OrderWire;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /admin/orders}: list, retrieve, update, changes and line items (reference §5). */
public final class OrdersHandler {

    private static final int DEFAULT_LIMIT = 15;
    private static final Set<String> UPDATE_FIELDS =
            Set.of("email", "shipping_address", "billing_address", "locale", "metadata");

    private final MedusaStore store;
    private final OrderWire wire;
    private final OrderWorkflows workflows;

    public OrdersHandler(MedusaStore store) {
        this.store = store;
        this.wire = new OrderWire(store);
        this.workflows = new OrderWorkflows(store);
    }

    /** Drafts are excluded; computed statuses and all item columns always come along. */
    public SimResponse list(Call call) {
        ListQuery paging = ListQuery.of(call.query(), DEFAULT_LIMIT);
        FieldTree tree = OrderQueries.forceListColumns(FieldTree.parse(call.fields(), OrderQueries.LIST_DEFAULTS));
        var page = paging.page(
                OrderQueries.filter(store.orders(false), call.query()), order -> order.id, OrderQueries::sortKey);
        var rows = page.rows().stream()
                .map(order -> wire.renderWithStatuses(order, tree))
                .toList();
        return SimResponse.json(200, ListEnvelope.of("orders", rows, page.count(), page.offset(), page.limit()));
    }

    /** Also serves draft orders (they are orders with status {@code draft}). */
    public SimResponse retrieve(Call call) {
        OrderState order = store.orders.get(call.param(0));
        if (order == null) {
            throw MedusaFailure.notFound("Order id not found: " + call.param(0));
        }
        FieldTree tree = OrderQueries.forceDetailColumns(FieldTree.parse(call.fields(), OrderQueries.DETAIL_DEFAULTS));
        return SimResponse.json(200, ListEnvelope.single("order", wire.renderWithStatuses(order, tree)));
    }

    public SimResponse update(Call call) {
        OrderState order = existing(store, call.param(0));
        ObjectNode body = Bodies.strict(call.body(), UPDATE_FIELDS, Set.of());
        workflows.update(order, body, store.now());
        if (body.hasNonNull("shipping_address")) {
            order.shippingAddress = newAddress(body.get("shipping_address"));
        }
        if (body.hasNonNull("billing_address")) {
            order.billingAddress = newAddress(body.get("billing_address"));
        }
        return actionReply(call, order);
    }

    private OrderState.OrderAddress newAddress(JsonNode fields) {
        return new OrderState.OrderAddress(store.newId("ordaddr"), Bodies.address(fields), store.now());
    }

    public SimResponse changes(Call call) {
        OrderState order = existing(store, call.param(0));
        var changes = order.changes.stream()
                .map(change -> OrderChangeWire.change(order, change))
                .toList();
        return SimResponse.json(200, ListEnvelope.single("order_changes", MedusaJson.array(changes)));
    }

    public SimResponse lineItems(Call call) {
        OrderState order = existing(store, call.param(0));
        JsonNode items = wire.render(order, FieldTree.parse("id", "").addRelation("items"))
                .get("items");
        var rows = items.values().stream()
                .map(item -> orderItem(order, (ObjectNode) item))
                .toList();
        return SimResponse.json(200, ListEnvelope.single("order_items", MedusaJson.array(rows)));
    }

    /** The plain {@code {order}} an action route answers with: no computed statuses (reference §5.4). */
    SimResponse actionReply(Call call, OrderState order) {
        FieldTree tree = FieldTree.parse(call.fields(), OrderQueries.ACTION_DEFAULTS);
        return SimResponse.json(200, ListEnvelope.single("order", wire.render(order, tree)));
    }

    /** The order for an action route, or its 404 (actions word it differently from retrieve). */
    static OrderState existing(MedusaStore store, String id) {
        OrderState order = store.orders.get(id);
        if (order == null) {
            throw MedusaFailure.notFound("Order with id \"" + id + "\" not found");
        }
        return order;
    }

    private static ObjectNode orderItem(OrderState order, ObjectNode item) {
        ObjectNode detail = (ObjectNode) item.remove("detail");
        item.remove("quantity");
        item.remove("raw_quantity");
        item.remove("line_item_metadata");
        ObjectNode row = MedusaJson.object();
        row.put("id", detail.get("id").asString());
        row.put("order_id", order.id);
        row.put("item_id", item.get("id").asString());
        row.put("version", order.version);
        row.set("item", item);
        ObjectNode history = row.putObject("history").putObject("version");
        history.put("from", 1);
        history.put("to", order.version);
        return row;
    }
}
