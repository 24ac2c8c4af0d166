package io.omnicart.adapter.demo.data;

import static io.omnicart.core.model.FulfillmentStatus.CANCELED;
import static io.omnicart.core.model.FulfillmentStatus.DELIVERED;
import static io.omnicart.core.model.FulfillmentStatus.FULFILLED;
import static io.omnicart.core.model.FulfillmentStatus.NOT_FULFILLED;
import static io.omnicart.core.model.FulfillmentStatus.PARTIALLY_DELIVERED;
import static io.omnicart.core.model.FulfillmentStatus.PARTIALLY_FULFILLED;
import static io.omnicart.core.model.FulfillmentStatus.PARTIALLY_SHIPPED;
import static io.omnicart.core.model.FulfillmentStatus.SHIPPED;
import static io.omnicart.core.model.OrderStatus.ARCHIVED;
import static io.omnicart.core.model.OrderStatus.CANCELLED;
import static io.omnicart.core.model.OrderStatus.COMPLETED;
import static io.omnicart.core.model.OrderStatus.PENDING;
import static io.omnicart.core.model.OrderStatus.REQUIRES_ACTION;
import static io.omnicart.core.model.PaymentStatus.AUTHORIZED;
import static io.omnicart.core.model.PaymentStatus.AWAITING;
import static io.omnicart.core.model.PaymentStatus.CAPTURED;
import static io.omnicart.core.model.PaymentStatus.NOT_PAID;
import static io.omnicart.core.model.PaymentStatus.PARTIALLY_AUTHORIZED;
import static io.omnicart.core.model.PaymentStatus.PARTIALLY_CAPTURED;
import static io.omnicart.core.model.PaymentStatus.PARTIALLY_REFUNDED;
import static io.omnicart.core.model.PaymentStatus.REFUNDED;

import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PaymentStatus;

/**
 * The status combinations the demo orders cover, how many orders each gets (130 in all) and how many days ago such an
 * order was placed: the age range leaves room for everything its timeline needs (shipping, returns, archiving).
 */
enum OrderScenario {
    AWAITING_PAYMENT(PENDING, AWAITING, NOT_FULFILLED, 6, 1, 4),
    PAY_BY_INVOICE(PENDING, NOT_PAID, NOT_FULFILLED, 3, 1, 10),
    CARD_AUTHORIZED(PENDING, AUTHORIZED, NOT_FULFILLED, 6, 1, 3),
    GIFT_CARD_PARTIAL(PENDING, PARTIALLY_AUTHORIZED, NOT_FULFILLED, 2, 1, 3),
    PAID_UNFULFILLED(PENDING, CAPTURED, NOT_FULFILLED, 6, 1, 3),
    THREE_D_SECURE(REQUIRES_ACTION, PaymentStatus.REQUIRES_ACTION, NOT_FULFILLED, 3, 1, 2),
    PARTLY_PACKED(PENDING, CAPTURED, PARTIALLY_FULFILLED, 3, 3, 6),
    PACKED(PENDING, CAPTURED, FULFILLED, 4, 3, 5),
    PARTLY_SHIPPED(PENDING, CAPTURED, PARTIALLY_SHIPPED, 3, 3, 8),
    PARTLY_SHIPPED_PARTLY_CAPTURED(PENDING, PARTIALLY_CAPTURED, PARTIALLY_SHIPPED, 2, 3, 8),
    IN_TRANSIT(PENDING, CAPTURED, SHIPPED, 8, 3, 6),
    PARTLY_DELIVERED(PENDING, CAPTURED, PARTIALLY_DELIVERED, 3, 6, 20),
    COMPLETED_IN_TRANSIT(COMPLETED, CAPTURED, SHIPPED, 3, 3, 10),
    COMPLETED_DELIVERED(COMPLETED, CAPTURED, DELIVERED, 45, 7, 110),
    COMPLETED_PARTLY_RETURNED(COMPLETED, PARTIALLY_REFUNDED, DELIVERED, 5, 19, 110),
    COMPLETED_RETURNED(COMPLETED, REFUNDED, DELIVERED, 3, 19, 110),
    CANCELLED_REFUNDED(CANCELLED, REFUNDED, CANCELED, 4, 4, 115),
    CANCELLED_VOIDED(CANCELLED, PaymentStatus.CANCELED, CANCELED, 5, 4, 115),
    CANCELLED_UNPAID(CANCELLED, NOT_PAID, CANCELED, 2, 9, 115),
    ARCHIVED_DELIVERED(ARCHIVED, CAPTURED, DELIVERED, 10, 70, 119),
    ARCHIVED_PARTLY_RETURNED(ARCHIVED, PARTIALLY_REFUNDED, DELIVERED, 2, 70, 119),
    ARCHIVED_CANCELLED(ARCHIVED, REFUNDED, CANCELED, 2, 50, 119);

    private final OrderStatus status;
    private final PaymentStatus payment;
    private final FulfillmentStatus fulfillment;
    private final int count;
    private final int minDaysAgo;
    private final int maxDaysAgo;

    OrderScenario(
            OrderStatus status,
            PaymentStatus payment,
            FulfillmentStatus fulfillment,
            int count,
            int minDaysAgo,
            int maxDaysAgo) {
        this.status = status;
        this.payment = payment;
        this.fulfillment = fulfillment;
        this.count = count;
        this.minDaysAgo = minDaysAgo;
        this.maxDaysAgo = maxDaysAgo;
    }

    OrderStatus status() {
        return status;
    }

    PaymentStatus payment() {
        return payment;
    }

    FulfillmentStatus fulfillment() {
        return fulfillment;
    }

    int count() {
        return count;
    }

    int minDaysAgo() {
        return minDaysAgo;
    }

    int maxDaysAgo() {
        return maxDaysAgo;
    }

    /** The store-side spelling, as a Medusa-like backend reports it. */
    String platformStatus() {
        return status == CANCELLED ? "canceled" : status.wire();
    }

    /** Whether the order was cancelled (possibly archived afterwards). */
    boolean cancelled() {
        return fulfillment == CANCELED;
    }

    /** Partial states need at least two line items to split. */
    int minLineItems() {
        return name().startsWith("PARTLY") || payment == PARTIALLY_REFUNDED ? 2 : 1;
    }
}
