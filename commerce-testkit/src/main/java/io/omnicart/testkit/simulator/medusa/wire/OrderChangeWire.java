package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.OrderChangeState;
import io.omnicart.testkit.simulator.medusa.state.OrderState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /admin/orders/{id}/changes}: confirmed changes with their actions (sample admin-orders-changes.json). */
public final class OrderChangeWire {

    private OrderChangeWire() {}

    public static JsonNode change(OrderState order, OrderChangeState change) {
        return new WireRow()
                .col("id", change.id())
                .col("order_id", order.id)
                .nulls("return_id", "claim_id", "exchange_id")
                .col("version", change.version())
                .nulls("change_type", "description")
                .col("status", "confirmed")
                .col("internal_note", null)
                .col("created_by", change.createdBy())
                .nulls("requested_by", "requested_at", "confirmed_by")
                .col("confirmed_at", change.createdAt())
                .nulls("declined_by", "declined_reason", "metadata", "declined_at", "canceled_by", "canceled_at")
                .col("created_at", change.createdAt())
                .col("updated_at", change.createdAt())
                .nulls("carry_over_promotions", "no_notification")
                .rows("actions", change.actions(), action -> action(order, change, action))
                .project(FieldTree.all().addRelation("actions"));
    }

    private static WireRow action(OrderState order, OrderChangeState change, OrderChangeState.Action action) {
        return new WireRow()
                .col("id", action.id())
                .col("order_id", order.id)
                .nulls("return_id", "claim_id", "exchange_id")
                .col("ordering", action.ordering())
                .col("version", change.version())
                .col("reference", "fulfillment")
                .col("reference_id", action.fulfillmentId())
                .col("action", action.action())
                .col("details", details(action))
                .col("internal_note", null)
                .col("applied", true)
                .col("order_change_id", change.id())
                .col("raw_amount", null)
                .timestamps(action.createdAt(), action.createdAt())
                .col("amount", null);
    }

    /** Fulfill actions carry the quantity as a number, ship and deliver actions as a string. */
    private static ObjectNode details(OrderChangeState.Action action) {
        ObjectNode details = MedusaJson.object();
        details.set(
                "quantity",
                action.quantityAsText()
                        ? MedusaJson.node(Integer.toString(action.quantity()))
                        : MedusaJson.node(action.quantity()));
        details.put("reference_id", action.itemId());
        return details;
    }
}
