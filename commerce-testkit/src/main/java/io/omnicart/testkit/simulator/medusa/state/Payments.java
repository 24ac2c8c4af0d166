package io.omnicart.testkit.simulator.medusa.state;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Payment collection and payment movements: authorize the order total, capture, refund, cancel. */
public final class Payments {

    private final MedusaStore store;

    public Payments(MedusaStore store) {
        this.store = store;
    }

    /** A payment collection over the order total with one authorized payment. */
    public PaymentCollectionState authorize(OrderState order, Instant at) {
        BigDecimal total = OrderMath.total(order);
        PaymentCollectionState collection =
                new PaymentCollectionState(store.ids.next("pay_col", at), order.currencyCode, "authorized", total, at);
        collection.authorized = total;
        collection.payments.add(new PaymentState(
                store.ids.next("pay", at), collection.id, store.ids.next("payses", at), order.currencyCode, total, at));
        order.paymentCollections.add(collection);
        return collection;
    }

    /** Captures every uncaptured payment of the order in full. */
    public void capture(OrderState order, Instant at, @Nullable String actor) {
        for (PaymentCollectionState collection : order.paymentCollections) {
            for (PaymentState payment : collection.payments) {
                if (payment.capturedAt == null && payment.canceledAt == null) {
                    payment.capturedAt = at;
                    payment.updatedAt = at;
                    payment.captures.add(
                            new PaymentState.MoneyEvent(store.ids.next("capt", at), payment.amount, actor, at));
                    collection.captured = collection.captured.add(payment.amount);
                }
            }
            settle(collection, at);
        }
    }

    /** Refunds every captured payment of the order in full. */
    public void refund(OrderState order, Instant at) {
        for (PaymentCollectionState collection : order.paymentCollections) {
            for (PaymentState payment : collection.payments) {
                if (payment.capturedAt != null && payment.refunds.isEmpty()) {
                    payment.refunds.add(
                            new PaymentState.MoneyEvent(store.ids.next("ref", at), payment.amount, null, at));
                    payment.updatedAt = at;
                    collection.refunded = collection.refunded.add(payment.amount);
                }
            }
            collection.updatedAt = at;
        }
    }

    /** What canceling an order does to its money: refund captured payments, cancel the others. */
    public void cancel(OrderState order, Instant at) {
        refund(order, at);
        for (PaymentCollectionState collection : order.paymentCollections) {
            for (PaymentState payment : collection.payments) {
                if (payment.capturedAt == null) {
                    payment.canceledAt = at;
                    payment.updatedAt = at;
                }
            }
            collection.status = "canceled";
            collection.updatedAt = at;
        }
    }

    private static void settle(PaymentCollectionState collection, Instant at) {
        if (collection.captured.compareTo(collection.amount) >= 0) {
            collection.status = "completed";
            collection.completedAt = at;
        }
        collection.updatedAt = at;
    }
}
