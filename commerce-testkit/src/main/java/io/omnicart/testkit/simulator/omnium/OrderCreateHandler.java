package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Clock;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Order creation (reference §5.2, §12 r18): {@code POST /api/Orders} (201, 409 on a duplicate id, 400 without
 * {@code marketId}), {@code PUT /api/Orders} (Omnium numbers it, 201), {@code POST /api/Orders/AddMany} (204, existing
 * ids skipped) and {@code POST /api/Orders/UpdateMany} (upsert, 200 without body [I]); batches carry at most 1,000
 * orders. New orders get {@code orderNumber = id}, {@code created/modified}, shipment status
 * {@code AwaitingInventory}, reserved stock, and may sit in {@code Queued} ({@link OmniumOptions#queuedFor()}).
 */
final class OrderCreateHandler {

    private final OmniumStore store;
    private final OmniumOptions options;
    private final OmniumWorkflow workflow;
    private final Clock clock;

    OrderCreateHandler(OmniumStore store, OmniumOptions options, OmniumWorkflow workflow, Clock clock) {
        this.store = store;
        this.options = options;
        this.workflow = workflow;
        this.clock = clock;
    }

    SimResponse create(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        String id = OmniumJson.text(body, "id");
        if (id == null || id.isBlank()) {
            throw OmniumFailure.badRequest("Id is required (use PUT /api/Orders to let Omnium number the order)");
        }
        return SimResponse.json(201, add(body, id).deepCopy());
    }

    SimResponse createNumbered(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        String id = OmniumJson.text(body, "id");
        return SimResponse.json(
                201,
                add(body, id == null || id.isBlank() ? store.newOrderId() : id).deepCopy());
    }

    SimResponse addMany(SimRequest request, List<String> params) {
        List<JsonNode> orders = OmniumPaging.batch(OmniumJson.parse(request.body()), OmniumPaging.MAX_BATCH);
        orders.forEach(OrderCreateHandler::requireIdAndMarket);
        for (JsonNode order : orders) {
            String id = OmniumJson.text(order, "id");
            if (!store.hasOrder(id)) {
                add(order, id);
            }
        }
        return SimResponse.text(204, "text/plain; charset=utf-8", "");
    }

    SimResponse updateMany(SimRequest request, List<String> params) {
        List<JsonNode> orders = OmniumPaging.batch(OmniumJson.parse(request.body()), OmniumPaging.MAX_BATCH);
        orders.forEach(OrderCreateHandler::requireIdAndMarket);
        for (JsonNode order : orders) {
            String id = OmniumJson.text(order, "id");
            if (store.hasOrder(id)) {
                store.checkWritable(id);
                ObjectNode existing = store.order(id);
                String before = existing.toString();
                OmniumPatch.apply(existing, order, java.util.Set.of("id", "created", "modified"));
                if (!before.equals(existing.toString())) {
                    existing.put("modified", OmniumJson.time(clock.instant()));
                    OmniumTotals.apply(existing);
                }
            } else {
                add(order, id);
            }
        }
        return SimResponse.text(200, "text/plain; charset=utf-8", "");
    }

    private static void requireIdAndMarket(JsonNode order) {
        String id = OmniumJson.text(order, "id");
        if (id == null || id.isBlank() || OmniumJson.text(order, "marketId") == null) {
            throw OmniumFailure.badRequest("Every order needs id and marketId");
        }
    }

    private ObjectNode add(JsonNode body, String id) {
        if (OmniumJson.text(body, "marketId") == null) {
            throw OmniumFailure.badRequest("MarketId is required");
        }
        if (store.hasOrder(id)) {
            throw new OmniumFailure(409, "An order with id " + id + " already exists");
        }
        ObjectNode order = OmniumPatch.normalize(body);
        order.put("id", id);
        complete(order, id);
        store.putOrder(order);
        workflow.reserve(order);
        return order;
    }

    private void complete(ObjectNode order, String id) {
        String now = OmniumJson.time(clock.instant());
        if (!order.hasNonNull("orderNumber")) {
            order.put("orderNumber", id);
        }
        if (!order.hasNonNull("status")) {
            order.put("status", OmniumOrderTypes.NEW);
        }
        if (!order.hasNonNull("orderType")) {
            order.put("orderType", OmniumOrderTypes.ONLINE);
        }
        order.put("created", now);
        order.put("modified", now);
        if (!order.hasNonNull("received")) {
            order.put("received", now);
        }
        order.put("isReadOnly", order.path("isReadOnly").asBoolean(false));
        for (String list : List.of("tags", "orderNotes", "publicOrderNotes", "properties", "externalIds", "errors")) {
            if (!order.has(list) || order.get(list).isNull()) {
                order.putArray(list);
            }
        }
        ObjectNode form =
                order.get("orderForm") instanceof ObjectNode existing ? existing : order.putObject("orderForm");
        for (String list : List.of("lineItems", "shipments", "payments")) {
            if (!form.has(list) || form.get(list).isNull()) {
                form.putArray(list);
            }
        }
        for (JsonNode line : form.withArray("lineItems").values()) {
            ObjectNode target = (ObjectNode) line;
            for (String field : List.of("canceledQuantity", "deliveredQuantity", "returnQuantity")) {
                if (!target.hasNonNull(field)) {
                    target.put(field, 0);
                }
            }
        }
        String status = order.get("status").asString();
        for (JsonNode shipment : form.withArray("shipments").values()) {
            ObjectNode target = (ObjectNode) shipment;
            target.put("status", "AwaitingInventory");
            target.put("orderStatus", status);
            if (!target.hasNonNull("expectedDeliveryDate")) {
                target.put("expectedDeliveryDate", "0001-01-01T00:00:00");
            }
            workflow.log(target, status, now);
        }
        OmniumTotals.apply(order);
        if (options.queuedFor().isPositive()) {
            order.put("status", "Queued");
            store.queue(id, clock.instant().plus(options.queuedFor()), status);
        }
    }
}
