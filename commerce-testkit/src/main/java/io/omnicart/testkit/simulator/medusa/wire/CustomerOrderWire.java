package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.LineItemState;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.OrderState;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An order as a customer's {@code orders} relation shows it (sample admin-customers-retrieve-orders.json): the plain
 * order row with address stubs, items, shipping methods and every total with its raw twin, but no {@code summary} and
 * no computed statuses. Drafts are included.
 */
final class CustomerOrderWire {

    private static final List<String> TOTALS = List.of(
            "total",
            "subtotal",
            "tax_total",
            "discount_total",
            "discount_subtotal",
            "discount_tax_total",
            "credit_line_total",
            "credit_line_subtotal",
            "credit_line_tax_total",
            "original_total",
            "original_subtotal",
            "original_tax_total",
            "item_total",
            "item_subtotal",
            "item_tax_total",
            "item_discount_total",
            "original_item_total",
            "original_item_subtotal",
            "original_item_tax_total",
            "fulfilled_total",
            "shipped_total",
            "return_requested_total",
            "return_received_total",
            "return_dismissed_total",
            "write_off_total",
            "shipping_total",
            "shipping_subtotal",
            "shipping_tax_total",
            "shipping_discount_total",
            "original_shipping_tax_total",
            "original_shipping_subtotal",
            "original_shipping_total");

    private CustomerOrderWire() {}

    static JsonNode render(MedusaStore store, OrderState order, FieldTree tree) {
        WireRow row = new WireRow();
        orderColumns(row, order);
        row.col("items", array(order.items, item -> LineItemWire.render(store, order, item, true, FieldTree.all())))
                .col("shipping_methods", array(order.shippingMethods, m -> ShippingMethodWire.render(order, m)))
                .col(
                        "credit_lines",
                        array(
                                order.creditLines,
                                line -> OrderWire.creditLine(order, line).project(FieldTree.all())));
        TotalColumns.add(row, TOTALS, name -> amount(order, name), true);
        return row.project(tree);
    }

    private static void orderColumns(WireRow row, OrderState order) {
        row.col("id", order.id)
                .col("display_id", order.displayId)
                .col("custom_display_id", null)
                .col("region_id", order.regionId)
                .col("customer_id", order.customerId)
                .col("version", order.version)
                .col("sales_channel_id", order.salesChannelId)
                .col("status", order.status)
                .col("is_draft_order", order.isDraft)
                .col("email", order.email)
                .col("currency_code", order.currencyCode)
                .nulls("locale")
                .col("no_notification", false)
                .col("metadata", order.metadata)
                .col("canceled_at", order.canceledAt);
        addressColumns(row, order);
    }

    private static void addressColumns(WireRow row, OrderState order) {
        row.col("shipping_address", stub(order.shippingAddress))
                .col("billing_address", stub(order.billingAddress))
                .timestamps(order.createdAt, order.updatedAt)
                .col("shipping_address_id", order.shippingAddress == null ? null : order.shippingAddress.id())
                .col("billing_address_id", order.billingAddress == null ? null : order.billingAddress.id());
    }

    private static BigDecimal amount(OrderState order, String name) {
        if (name.equals("fulfilled_total") || name.equals("shipped_total")) {
            return order.items.stream()
                    .map(item -> item.unitPrice.multiply(BigDecimal.valueOf(counter(item, name))))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return OrderTotalsWire.orderAmount(order, name);
    }

    private static int counter(LineItemState item, String name) {
        return name.equals("fulfilled_total") ? item.fulfilled : item.shipped;
    }

    private static JsonNode stub(OrderState.@Nullable OrderAddress address) {
        return address == null ? MedusaJson.node(null) : MedusaJson.idOnly(address.id());
    }

    private static <T> JsonNode array(List<T> values, Function<T, JsonNode> renderer) {
        return MedusaJson.array(values.stream().map(renderer).toList());
    }
}
