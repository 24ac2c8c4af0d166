package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.OrderMath;
import io.omnicart.testkit.simulator.medusa.state.OrderState;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** The order total columns and the {@code summary} object. */
final class OrderTotalsWire {

    private static final List<String> SUMMARY = List.of(
            "paid_total",
            "refunded_total",
            "accounting_total",
            "credit_line_total",
            "transaction_total",
            "pending_difference",
            "current_order_total",
            "original_order_total");

    private OrderTotalsWire() {}

    static void addTotals(WireRow row, OrderState order) {
        TotalColumns.add(row, TotalColumns.ORDER, name -> orderAmount(order, name), false);
    }

    static BigDecimal orderAmount(OrderState order, String name) {
        return TotalColumns.split(
                name, OrderMath.total(order), OrderMath.itemTotal(order), OrderMath.shippingTotal(order));
    }

    /** Money movements against the total: paid (captured), refunded, and what is still to be paid. */
    static ObjectNode summary(OrderState order) {
        ObjectNode summary = MedusaJson.object();
        for (String name : SUMMARY) {
            BigDecimal amount = summaryAmount(order, name);
            summary.set(name, MedusaJson.amount(amount));
            summary.set("raw_" + name, MedusaJson.raw(amount));
        }
        return summary;
    }

    private static BigDecimal summaryAmount(OrderState order, String name) {
        return switch (name) {
            case "paid_total" -> OrderMath.captured(order);
            case "refunded_total" -> OrderMath.refunded(order);
            case "transaction_total" -> OrderMath.transactionTotal(order);
            case "pending_difference" -> OrderMath.total(order).subtract(OrderMath.transactionTotal(order));
            case "credit_line_total" -> BigDecimal.ZERO;
            default -> OrderMath.total(order);
        };
    }
}
