package io.omnicart.testkit.simulator.medusa;

import io.omnicart.testkit.simulator.medusa.state.FulfillmentState;
import io.omnicart.testkit.simulator.medusa.state.FulfillmentWorkflows;
import io.omnicart.testkit.simulator.medusa.state.InventoryLedger;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.OrderFactory;
import io.omnicart.testkit.simulator.medusa.state.OrderMath;
import io.omnicart.testkit.simulator.medusa.state.OrderState;
import io.omnicart.testkit.simulator.medusa.state.OrderWorkflows;
import io.omnicart.testkit.simulator.medusa.state.Payments;
import io.omnicart.testkit.simulator.medusa.wire.MedusaJson;
import io.omnicart.testkit.simulator.seed.SeedDraftOrder;
import io.omnicart.testkit.simulator.seed.SeedFulfillment;
import io.omnicart.testkit.simulator.seed.SeedFulfillmentStage;
import io.omnicart.testkit.simulator.seed.SeedOrder;
import io.omnicart.testkit.simulator.seed.SeedOrderState;
import io.omnicart.testkit.simulator.seed.SeedPayment;
import io.omnicart.testkit.simulator.seed.SeededOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seeds orders by replaying their history through the same workflows the routes use (place, pay, fulfill, ship,
 * deliver, complete / cancel / archive), a little later each step, so every computed status and timestamp is what
 * Medusa would show. Draft orders are created as drafts.
 */
final class MedusaOrderSeeder {

    private final MedusaStore store;
    private final MedusaSeedOrders specs;
    private final OrderFactory factory;
    private final OrderWorkflows workflows;
    private final FulfillmentWorkflows fulfillments;
    private final Payments payments;
    private final InventoryLedger ledger;

    MedusaOrderSeeder(MedusaStore store) {
        this.store = store;
        this.specs = new MedusaSeedOrders(store);
        this.factory = new OrderFactory(store);
        this.workflows = new OrderWorkflows(store);
        this.fulfillments = new FulfillmentWorkflows(store);
        this.payments = new Payments(store);
        this.ledger = new InventoryLedger(store);
    }

    SeededOrder order(SeedOrder seed) {
        Instant at = seed.createdAt();
        OrderState order = factory.create(specs.order(seed));
        order.items.forEach(item -> ledger.reserve(item, item.quantity, at));
        if (seed.cancelReason() != null) {
            order.metadata = MedusaJson.object().put("cancel_reason", seed.cancelReason());
        }
        pay(order, seed.payment(), at.plus(Duration.ofMinutes(5)));
        for (int index = 0; index < seed.fulfillments().size(); index++) {
            fulfill(order, seed.fulfillments().get(index), at.plus(Duration.ofHours(1 + index)));
        }
        finish(order, seed, at.plus(Duration.ofHours(6)));
        return seeded(seed.key(), order);
    }

    SeededOrder draft(SeedDraftOrder seed) {
        return seeded(seed.key(), factory.create(specs.draft(seed)));
    }

    private void pay(OrderState order, SeedPayment payment, Instant at) {
        if (payment != SeedPayment.NOT_PAID) {
            payments.authorize(order, at);
        }
        if (payment == SeedPayment.CAPTURED || payment == SeedPayment.REFUNDED) {
            payments.capture(order, at, store.admin().id());
        }
    }

    private void fulfill(OrderState order, SeedFulfillment seed, Instant at) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        seed.quantities().forEach((sku, quantity) -> quantities.put(lineOf(order, sku), quantity));
        String actor = store.admin().id();
        FulfillmentState fulfillment =
                fulfillments.fulfill(order, quantities, store.location().id(), actor, at);
        Instant shippedAt = at.plus(Duration.ofMinutes(20));
        if (seed.stage() != SeedFulfillmentStage.FULFILLED) {
            fulfillments.ship(order, fulfillment, labels(seed, shippedAt), actor, shippedAt);
        }
        if (seed.stage() == SeedFulfillmentStage.DELIVERED) {
            fulfillments.deliver(order, fulfillment, null, shippedAt.plus(Duration.ofMinutes(20)));
        }
    }

    private List<FulfillmentState.Label> labels(SeedFulfillment seed, Instant at) {
        if (seed.trackingNumber() == null) {
            return List.of();
        }
        String id = store.ids.next("fulla", at);
        return List.of(new FulfillmentState.Label(id, seed.trackingNumber(), seed.trackingUrl(), null, at));
    }

    /** Completes, cancels, refunds and archives as the seeded end state requires. */
    private void finish(OrderState order, SeedOrder seed, Instant at) {
        boolean canceled = seed.state() == SeedOrderState.CANCELED
                || (seed.state() == SeedOrderState.ARCHIVED && seed.payment() == SeedPayment.CANCELED);
        if (canceled) {
            workflows.cancel(order, at);
        } else if (seed.state() != SeedOrderState.PENDING) {
            workflows.complete(order, at);
        }
        if (seed.payment() == SeedPayment.REFUNDED && !canceled) {
            payments.refund(order, at);
        }
        if (seed.state() == SeedOrderState.ARCHIVED) {
            workflows.archive(order, at.plus(Duration.ofHours(1)));
        }
    }

    private static String lineOf(OrderState order, String sku) {
        return order.items.stream()
                .filter(item -> sku.equals(item.variantSku))
                .map(item -> item.id)
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("fulfillment of " + sku + ", which is not a line of the order"));
    }

    private static SeededOrder seeded(String key, OrderState order) {
        String currency = order.currencyCode.toUpperCase(Locale.ROOT);
        String number = Integer.toString(order.displayId);
        return new SeededOrder(key, order.id, number, OrderMath.total(order), currency);
    }
}
