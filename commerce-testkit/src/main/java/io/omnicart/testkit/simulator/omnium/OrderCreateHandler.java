package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Clock;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/Orders} (reference §12 r18): 201 with the stored order, 409 on a duplicate id, 400 without market. */
final class OrderCreateHandler {

    private final OmniumStore store;
    private final Clock clock;

    OrderCreateHandler(OmniumStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    SimResponse create(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        String id = OmniumJson.text(body, "id");
        if (id == null || id.isBlank() || OmniumJson.text(body, "marketId") == null) {
            throw OmniumFailure.badRequest("id and marketId are required");
        }
        if (store.hasOrder(id)) {
            throw new OmniumFailure(409, "An order with id " + id + " already exists");
        }
        ObjectNode order = ((ObjectNode) body).deepCopy();
        complete(order, id);
        store.putOrder(order);
        return SimResponse.json(201, order.deepCopy());
    }

    private void complete(ObjectNode order, String id) {
        String now = OmniumJson.time(clock.instant());
        if (!order.hasNonNull("orderNumber")) {
            order.put("orderNumber", id);
        }
        if (!order.hasNonNull("status")) {
            order.put("status", "New");
        }
        if (!order.hasNonNull("orderType")) {
            order.put("orderType", OmniumOrderTypes.ONLINE);
        }
        order.put("created", now);
        order.put("modified", now);
        for (String list : List.of("tags", "orderNotes", "properties")) {
            if (!order.has(list)) {
                order.putArray(list);
            }
        }
        ObjectNode form = order.has("orderForm") ? (ObjectNode) order.get("orderForm") : order.putObject("orderForm");
        for (JsonNode shipment : form.withArray("shipments").values()) {
            ((ObjectNode) shipment).put("status", "AwaitingInventory");
            ((ObjectNode) shipment).put("orderStatus", order.get("status").asString());
        }
    }
}
