package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Fulfill, ship, deliver and cancel fulfillments. Each step bumps the order version and records an order change with
 * one action per line, like Medusa does (samples/medusa/admin-orders-changes.json).
 */
public final class FulfillmentWorkflows {

    private final MedusaStore store;
    private final InventoryLedger ledger;

    public FulfillmentWorkflows(MedusaStore store) {
        this.store = store;
        this.ledger = new InventoryLedger(store);
    }

    /**
     * Fulfills the given line quantities (every unfulfilled unit when {@code quantities} is empty) from a location.
     */
    public FulfillmentState fulfill(
            OrderState order, Map<String, Integer> quantities, String locationId, @Nullable String actor, Instant at) {
        OrderWorkflows.requireNotCanceled(order);
        Map<String, Integer> wanted = quantities.isEmpty() ? unfulfilled(order) : quantities;
        wanted.forEach((itemId, quantity) -> requireFulfillable(order, itemId, quantity));
        String addressId = store.ids.next("fuladdr", at);
        FulfillmentState fulfillment = new FulfillmentState(
                store.ids.next("ful", at), locationId, store.shippingOptionId(), addressId, actor, at);
        fulfillment.packedAt = at;
        fulfillment.quantities.putAll(wanted);
        wanted.forEach((itemId, quantity) -> takeFromStock(order.item(itemId).orElseThrow(), quantity, at));
        order.fulfillments.add(fulfillment);
        recordChange(order, fulfillment, "FULFILL_ITEM", actor, at);
        return fulfillment;
    }

    private void takeFromStock(LineItemState item, int quantity, Instant at) {
        item.fulfilled += quantity;
        ledger.deduct(item, quantity, at);
    }

    public void ship(
            OrderState order,
            FulfillmentState fulfillment,
            List<FulfillmentState.Label> labels,
            @Nullable String actor,
            Instant at) {
        requireActive(fulfillment);
        if (fulfillment.shippedAt != null) {
            throw MedusaFailure.notAllowed("Fulfillment with id " + fulfillment.id + " has already been shipped");
        }
        fulfillment.shippedAt = at;
        fulfillment.shippedBy = actor;
        fulfillment.labels.addAll(labels);
        fulfillment.updatedAt = at;
        fulfillment.quantities.forEach((itemId, quantity) -> order.item(itemId).orElseThrow().shipped += quantity);
        recordChange(order, fulfillment, "SHIP_ITEM", actor, at);
    }

    public void deliver(OrderState order, FulfillmentState fulfillment, @Nullable String actor, Instant at) {
        requireActive(fulfillment);
        if (fulfillment.deliveredAt != null) {
            throw MedusaFailure.notAllowed("Fulfillment with id " + fulfillment.id + " has already been delivered");
        }
        fulfillment.deliveredAt = at;
        fulfillment.updatedAt = at;
        fulfillment.quantities.forEach((itemId, quantity) -> order.item(itemId).orElseThrow().delivered += quantity);
        recordChange(order, fulfillment, "DELIVER_ITEM", null, at);
    }

    /** Cancels a fulfillment that has not shipped yet; its units go back to stock and stay reserved. */
    public void cancel(OrderState order, FulfillmentState fulfillment, Instant at) {
        requireActive(fulfillment);
        if (fulfillment.shippedAt != null) {
            throw MedusaFailure.notAllowed("Fulfillment with id " + fulfillment.id + " has already been shipped");
        }
        fulfillment.canceledAt = at;
        fulfillment.updatedAt = at;
        fulfillment.quantities.forEach((itemId, quantity) -> {
            LineItemState item = order.item(itemId).orElseThrow();
            item.fulfilled -= quantity;
            ledger.restock(item, quantity, at);
        });
        order.updatedAt = at;
    }

    private static Map<String, Integer> unfulfilled(OrderState order) {
        Map<String, Integer> quantities = new java.util.LinkedHashMap<>();
        order.items.stream()
                .filter(item -> item.unfulfilled() > 0)
                .forEach(item -> quantities.put(item.id, item.unfulfilled()));
        return quantities;
    }

    private static void requireFulfillable(OrderState order, String itemId, int quantity) {
        LineItemState item = order.item(itemId)
                .orElseThrow(() -> MedusaFailure.invalidData(
                        "Invalid request: Item " + itemId + " does not belong to order " + order.id));
        if (quantity < 1 || quantity > item.unfulfilled()) {
            throw MedusaFailure.notAllowed(
                    "Quantity to fulfill exceeds the remaining quantity for the item: " + itemId);
        }
    }

    private static void requireActive(FulfillmentState fulfillment) {
        if (!fulfillment.isActive()) {
            throw MedusaFailure.notAllowed("Fulfillment with id " + fulfillment.id + " has been canceled");
        }
    }

    private void recordChange(
            OrderState order, FulfillmentState fulfillment, String action, @Nullable String actor, Instant at) {
        order.version++;
        order.updatedAt = at;
        int ordering = order.changes.stream()
                .mapToInt(change -> change.actions().size())
                .sum();
        List<OrderChangeState.Action> actions = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : fulfillment.quantities.entrySet()) {
            actions.add(action(fulfillment, action, entry.getKey(), entry.getValue(), ++ordering, at));
            order.item(entry.getKey()).ifPresent(item -> {
                item.detailVersion = order.version;
                item.detailUpdatedAt = at;
            });
        }
        order.changes.add(new OrderChangeState(store.ids.next("ordch", at), order.version, actor, at, actions));
    }

    private OrderChangeState.Action action(
            FulfillmentState fulfillment, String action, String itemId, int quantity, int ordering, Instant at) {
        String id = store.ids.next("ordchact", at);
        boolean quantityAsText = !action.equals("FULFILL_ITEM");
        return new OrderChangeState.Action(id, ordering, action, fulfillment.id, itemId, quantity, quantityAsText, at);
    }
}
