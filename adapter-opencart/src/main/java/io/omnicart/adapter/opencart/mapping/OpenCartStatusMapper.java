package io.omnicart.adapter.opencart.mapping;

import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PaymentStatus;
import java.util.List;
import java.util.Set;

/**
 * OpenCart order statuses in OmniCart's terms. The ids of the default statuses are the same in every version
 * (reference §1.7, §6): Complete 5 is {@code completed}; Canceled 7, Denied 8, Failed 10, Refunded 11, Expired 14 and
 * Voided 16 are {@code cancelled}; Reversed 12 and Chargeback 13 (money taken back after the sale) need the merchant,
 * {@code requires_action}; everything else, custom statuses included, is {@code pending}. OpenCart keeps no payment
 * state of its own, so the payment status is {@code unknown} except where a status names one.
 */
public final class OpenCartStatusMapper {

    public static final int PENDING = 1;
    public static final int SHIPPED = 3;
    public static final int COMPLETE = 5;
    public static final int CANCELED = 7;

    private static final Set<Integer> CANCELLED = Set.of(7, 8, 10, 11, 14, 16);
    private static final Set<Integer> REQUIRES_ACTION = Set.of(12, 13);
    private static final Set<Integer> MONEY_RETURNED = Set.of(11, 12, 13);
    private static final int VOIDED = 16;

    private OpenCartStatusMapper() {}

    public static OrderStatus status(int orderStatusId) {
        if (orderStatusId == COMPLETE) {
            return OrderStatus.COMPLETED;
        }
        if (CANCELLED.contains(orderStatusId)) {
            return OrderStatus.CANCELLED;
        }
        return REQUIRES_ACTION.contains(orderStatusId) ? OrderStatus.REQUIRES_ACTION : OrderStatus.PENDING;
    }

    public static PaymentStatus payment(int orderStatusId) {
        if (MONEY_RETURNED.contains(orderStatusId)) {
            return PaymentStatus.REFUNDED;
        }
        return orderStatusId == VOIDED ? PaymentStatus.CANCELED : PaymentStatus.UNKNOWN;
    }

    /**
     * Shipped 3 is {@code shipped}; Complete 5 after a shipment (a recorded one, or a Shipped history entry) is {@code
     * delivered}, without one {@code fulfilled}; cancelled statuses are {@code canceled}.
     */
    public static FulfillmentStatus fulfillment(int orderStatusId, boolean shipped) {
        if (status(orderStatusId) == OrderStatus.CANCELLED) {
            return FulfillmentStatus.CANCELED;
        }
        if (orderStatusId == SHIPPED) {
            return FulfillmentStatus.SHIPPED;
        }
        if (orderStatusId == COMPLETE) {
            return shipped ? FulfillmentStatus.DELIVERED : FulfillmentStatus.FULFILLED;
        }
        return shipped ? FulfillmentStatus.SHIPPED : FulfillmentStatus.NOT_FULFILLED;
    }

    /** The ids among {@code known} that map to one of {@code wanted} (for the bridge's {@code status_ids} filter). */
    public static List<Integer> idsOf(Set<OrderStatus> wanted, List<Integer> known) {
        return known.stream().filter(id -> wanted.contains(status(id))).toList();
    }

    /** The timeline event type of entering a status. */
    public static String eventType(int orderStatusId) {
        return switch (status(orderStatusId)) {
            case COMPLETED -> "completed";
            case CANCELLED -> "cancelled";
            default -> orderStatusId == SHIPPED ? "shipped" : "status_changed";
        };
    }
}
