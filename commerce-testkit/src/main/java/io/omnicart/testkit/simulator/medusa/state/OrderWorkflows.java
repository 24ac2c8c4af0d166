package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The order actions and the refusals Medusa answers them with (reference §5.7, samples admin-orders-*-400.json).
 * Every method validates first and changes nothing when it refuses.
 */
public final class OrderWorkflows {

    private static final Set<String> ARCHIVABLE = Set.of("completed", "canceled", "draft");
    private final MedusaStore store;
    private final InventoryLedger ledger;
    private final Payments payments;

    public OrderWorkflows(MedusaStore store) {
        this.store = store;
        this.ledger = new InventoryLedger(store);
        this.payments = new Payments(store);
    }

    /** Completes any order that is not canceled; payment and fulfillment are not checked. */
    public void complete(OrderState order, Instant at) {
        if (order.status.equals("canceled")) {
            throw MedusaFailure.invalidData("Orders " + order.id + " are canceled and cannot be completed");
        }
        order.status = "completed";
        order.updatedAt = at;
    }

    public void cancel(OrderState order, Instant at) {
        requireNotCanceled(order);
        if (order.status.equals("completed")) {
            throw MedusaFailure.notAllowed("Cannot cancel a completed order. Please use the return process to handle "
                    + "refunds or exchanges.");
        }
        if (order.fulfillments.stream().anyMatch(FulfillmentState::isActive)) {
            throw MedusaFailure.notAllowed("All fulfillments must be canceled before canceling an order");
        }
        order.version++;
        addZeroCreditLines(order, at);
        payments.cancel(order, at);
        order.items.forEach(item -> ledger.release(item, item.unfulfilled(), at));
        order.status = "canceled";
        order.canceledAt = at;
        order.updatedAt = at;
    }

    public void archive(OrderState order, Instant at) {
        if (!ARCHIVABLE.contains(order.status)) {
            throw MedusaFailure.invalidData(
                    "Orders " + order.id + " are completed, canceled, or in draft and cannot be archived");
        }
        order.status = "archived";
        order.updatedAt = at;
    }

    /** {@code POST /admin/orders/{id}}: email and metadata (merged; a key set to "" is removed). */
    public void update(OrderState order, ObjectNode body, Instant at) {
        requireNotCanceled(order);
        if (body.hasNonNull("email")) {
            order.email = body.get("email").asString();
        }
        if (body.has("metadata")) {
            order.metadata = MetadataMerge.merge(order.metadata, body.get("metadata"));
        }
        order.updatedAt = at;
    }

    /** Draft → pending order: same id, inventory reserved, no payment. */
    public void convertDraft(OrderState order, Instant at) {
        order.status = "pending";
        order.isDraft = false;
        order.items.forEach(item -> ledger.reserve(item, item.quantity, at));
        order.updatedAt = at;
    }

    /**
     * Canceling records a zero credit line per uncaptured payment collection (samples/medusa/admin-orders-cancel.json).
     * What Medusa records for captured collections was not captured in a sample, so none is made for them.
     */
    private void addZeroCreditLines(OrderState order, Instant at) {
        order.paymentCollections.stream()
                .filter(collection -> collection.captured.signum() == 0)
                .forEach(collection -> order.creditLines.add(new OrderState.CreditLine(
                        store.ids.next("ordcl", at), order.version, collection.id, java.math.BigDecimal.ZERO, at)));
    }

    static void requireNotCanceled(OrderState order) {
        if (order.status.equals("canceled")) {
            throw MedusaFailure.invalidData("Order with id " + order.id + " has been canceled.");
        }
    }
}
