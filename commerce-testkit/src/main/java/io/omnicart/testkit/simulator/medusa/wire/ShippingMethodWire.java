package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.OrderState;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** An order shipping method with its detail row and totals. */
final class ShippingMethodWire {

    private ShippingMethodWire() {}

    static JsonNode render(OrderState order, OrderState.ShippingMethod method) {
        WireRow row = columns(method)
                .col("tax_lines", MedusaJson.array())
                .col("adjustments", MedusaJson.array())
                .col("amount", method.amount())
                .col("order_id", order.id)
                .col("detail", detail(order, method));
        TotalColumns.add(row, TotalColumns.SHIPPING, name -> amount(method, name), true);
        return row.project(FieldTree.all());
    }

    private static WireRow columns(OrderState.ShippingMethod method) {
        return new WireRow()
                .col("id", method.id())
                .col("name", method.name())
                .col("description", null)
                .col("is_tax_inclusive", false)
                .col("is_custom_amount", false)
                .col("shipping_option_id", method.shippingOptionId())
                .col("data", MedusaJson.object())
                .col("metadata", null)
                .col("raw_amount", MedusaJson.raw(method.amount()))
                .timestamps(method.createdAt(), method.createdAt());
    }

    private static BigDecimal amount(OrderState.ShippingMethod method, String total) {
        return TotalColumns.isAlwaysZero(total) ? BigDecimal.ZERO : method.amount();
    }

    private static JsonNode detail(OrderState order, OrderState.ShippingMethod method) {
        return new WireRow()
                .col("id", method.detailId())
                .col("version", order.version)
                .col("order_id", order.id)
                .col("return_id", null)
                .col("exchange_id", null)
                .col("claim_id", null)
                .col("created_at", method.createdAt())
                .col("updated_at", method.createdAt())
                .col("deleted_at", null)
                .col("shipping_method_id", method.id())
                .project(FieldTree.all());
    }
}
