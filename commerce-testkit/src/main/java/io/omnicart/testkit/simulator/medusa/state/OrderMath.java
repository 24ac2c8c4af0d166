package io.omnicart.testkit.simulator.medusa.state;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Order totals and the computed {@code payment_status} / {@code fulfillment_status} (reference §5.4). The simulator
 * has no taxes, discounts or credit lines: their totals are zero.
 */
public final class OrderMath {

    private OrderMath() {}

    public static BigDecimal itemTotal(OrderState order) {
        return order.items.stream().map(LineItemState::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal shippingTotal(OrderState order) {
        return order.shippingMethods.stream()
                .map(OrderState.ShippingMethod::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal total(OrderState order) {
        return itemTotal(order).add(shippingTotal(order));
    }

    public static BigDecimal captured(OrderState order) {
        return sum(order.paymentCollections, c -> c.captured);
    }

    public static BigDecimal refunded(OrderState order) {
        return sum(order.paymentCollections, c -> c.refunded);
    }

    /** Captured minus refunded: what the merchant holds. */
    public static BigDecimal transactionTotal(OrderState order) {
        return captured(order).subtract(refunded(order));
    }

    public static String paymentStatus(OrderState order) {
        List<PaymentCollectionState> collections = order.paymentCollections;
        if (collections.isEmpty()) {
            return "not_paid";
        }
        BigDecimal amount = sum(collections, c -> c.amount);
        BigDecimal captured = sum(collections, c -> c.captured);
        BigDecimal refunded = sum(collections, c -> c.refunded);
        if (refunded.signum() > 0) {
            return refunded.compareTo(captured) >= 0 ? "refunded" : "partially_refunded";
        }
        if (captured.signum() > 0) {
            return captured.compareTo(amount) >= 0 ? "captured" : "partially_captured";
        }
        if (collections.stream().allMatch(c -> c.status.equals("canceled"))) {
            return "canceled";
        }
        return uncapturedStatus(collections, amount);
    }

    private static String uncapturedStatus(List<PaymentCollectionState> collections, BigDecimal amount) {
        BigDecimal authorized = sum(collections, c -> c.authorized);
        if (authorized.signum() > 0) {
            return authorized.compareTo(amount) >= 0 ? "authorized" : "partially_authorized";
        }
        boolean awaiting = collections.stream().anyMatch(c -> c.status.equals("awaiting"));
        return awaiting ? "awaiting" : "not_paid";
    }

    public static String fulfillmentStatus(OrderState order) {
        boolean anyActive = order.fulfillments.stream().anyMatch(FulfillmentState::isActive);
        if (!order.fulfillments.isEmpty() && !anyActive) {
            return "canceled";
        }
        int quantity = count(order, item -> item.quantity);
        String delivered = stage(count(order, item -> item.delivered), quantity, "delivered");
        String shipped = stage(count(order, item -> item.shipped), quantity, "shipped");
        String fulfilled = stage(count(order, item -> item.fulfilled), quantity, "fulfilled");
        for (String status : List.of(delivered, shipped, fulfilled)) {
            if (!status.isEmpty()) {
                return status;
            }
        }
        return "not_fulfilled";
    }

    private static String stage(int done, int quantity, String name) {
        if (done <= 0) {
            return "";
        }
        return done >= quantity ? name : "partially_" + name;
    }

    private static int count(OrderState order, Function<LineItemState, Integer> counter) {
        return order.items.stream().mapToInt(counter::apply).sum();
    }

    private static BigDecimal sum(
            List<PaymentCollectionState> collections, Function<PaymentCollectionState, BigDecimal> amount) {
        return collections.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
