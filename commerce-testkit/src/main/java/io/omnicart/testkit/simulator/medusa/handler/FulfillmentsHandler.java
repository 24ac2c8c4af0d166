package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.state.FulfillmentState;
import io.omnicart.testkit.simulator.medusa.state.FulfillmentWorkflows;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.OrderState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Fulfillment creation, shipment with labels, delivery and cancellation of an order (reference §5). */
public final class FulfillmentsHandler {

    private static final Set<String> CREATE_FIELDS =
            Set.of("items", "location_id", "shipping_option_id", "no_notification", "metadata", "requires_shipping");
    private static final Set<String> SHIPMENT_FIELDS = Set.of("items", "labels", "no_notification", "metadata");

    private final MedusaStore store;
    private final FulfillmentWorkflows workflows;
    private final OrdersHandler orders;

    public FulfillmentsHandler(MedusaStore store, OrdersHandler orders) {
        this.store = store;
        this.workflows = new FulfillmentWorkflows(store);
        this.orders = orders;
    }

    public SimResponse create(Call call) {
        ObjectNode body = Bodies.strict(call.body(), CREATE_FIELDS, Set.of("items"));
        OrderState order = OrdersHandler.existing(store, call.param(0));
        String location = body.hasNonNull("location_id")
                ? body.get("location_id").asString()
                : store.location().id();
        workflows.fulfill(
                order, quantities(body.get("items")), location, call.actor().id(), store.now());
        return orders.actionReply(call, order);
    }

    public SimResponse ship(Call call) {
        ObjectNode body = Bodies.strict(call.body(), SHIPMENT_FIELDS, Set.of("items"));
        OrderState order = OrdersHandler.existing(store, call.param(0));
        FulfillmentState fulfillment = fulfillment(order, call.param(1));
        Instant now = store.now();
        workflows.ship(
                order,
                fulfillment,
                labels(body.get("labels"), now),
                call.actor().id(),
                now);
        return orders.actionReply(call, order);
    }

    public SimResponse deliver(Call call) {
        OrderState order = OrdersHandler.existing(store, call.param(0));
        workflows.deliver(order, fulfillment(order, call.param(1)), call.actor().id(), store.now());
        return orders.actionReply(call, order);
    }

    public SimResponse cancel(Call call) {
        OrderState order = OrdersHandler.existing(store, call.param(0));
        workflows.cancel(order, fulfillment(order, call.param(1)), store.now());
        return orders.actionReply(call, order);
    }

    private static FulfillmentState fulfillment(OrderState order, String id) {
        return order.fulfillment(id)
                .orElseThrow(() -> MedusaFailure.notFound("Fulfillment with id: " + id + " was not found"));
    }

    private static Map<String, Integer> quantities(JsonNode items) {
        if (!items.isArray() || items.isEmpty()) {
            throw MedusaFailure.invalidData("Invalid request: Expected type: 'array' for field 'items'");
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (JsonNode item : items.values()) {
            quantities.merge(item.path("id").asString(), Bodies.integer(item, "quantity"), Integer::sum);
        }
        return quantities;
    }

    private List<FulfillmentState.Label> labels(JsonNode labels, Instant at) {
        List<FulfillmentState.Label> result = new ArrayList<>();
        if (labels == null || !labels.isArray()) {
            return result;
        }
        for (JsonNode label : labels.values()) {
            result.add(new FulfillmentState.Label(
                    store.ids.next("fulla", at),
                    text(label, "tracking_number"),
                    text(label, "tracking_url"),
                    text(label, "label_url"),
                    at));
        }
        return result;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
