package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.CustomerState;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.OrderMath;
import io.omnicart.testkit.simulator.medusa.state.OrderState;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Orders and draft orders in Medusa's wire form (reference §5.5, samples admin-orders-*.json). */
public final class OrderWire {

    private final MedusaStore store;
    private final PaymentWire payments = new PaymentWire();
    private final FulfillmentWire fulfillments = new FulfillmentWire();

    public OrderWire(MedusaStore store) {
        this.store = store;
    }

    /** The order projected through {@code tree}, without the computed statuses. */
    public ObjectNode render(OrderState order, FieldTree tree) {
        return row(order, wantsTotals(tree)).project(tree);
    }

    /** The order with {@code payment_status} and {@code fulfillment_status} appended, as list and detail routes do. */
    public ObjectNode renderWithStatuses(OrderState order, FieldTree tree) {
        ObjectNode node = render(order, tree);
        node.put("payment_status", OrderMath.paymentStatus(order));
        node.put("fulfillment_status", OrderMath.fulfillmentStatus(order));
        return node;
    }

    /** Line items carry totals, tax lines and adjustments only when the order's totals are selected. */
    static boolean wantsTotals(FieldTree tree) {
        return tree.isAllColumns()
                || tree.columns().stream().anyMatch(name -> name.endsWith("total") || name.equals("summary"));
    }

    /** A credit line; canceling an order records one per uncaptured payment collection. */
    static WireRow creditLine(OrderState order, OrderState.CreditLine line) {
        ObjectNode metadata = MedusaJson.object();
        metadata.put("created_in_version", line.version());
        WireRow row = new WireRow()
                .col("id", line.id())
                .col("version", line.version())
                .col("reference", "payment_collection")
                .col("reference_id", line.paymentCollectionId())
                .col("raw_amount", MedusaJson.raw(line.amount()))
                .col("metadata", metadata)
                .col("order_id", order.id)
                .timestamps(line.createdAt(), line.createdAt())
                .col("amount", line.amount());
        TotalColumns.add(row, List.of("subtotal", "total"), name -> line.amount(), true);
        return row;
    }

    private WireRow row(OrderState order, boolean itemTotals) {
        WireRow row = new WireRow()
                .col("id", order.id)
                .col("display_id", order.displayId)
                .col("custom_display_id", null)
                .col("status", order.status)
                .col("version", order.version)
                .col("summary", OrderTotalsWire.summary(order))
                .col("total", OrderMath.total(order))
                .col("metadata", order.metadata)
                .col("locale", null)
                .col("created_at", order.createdAt)
                .col("updated_at", order.updatedAt)
                .col("region_id", order.regionId);
        OrderTotalsWire.addTotals(row, order);
        return relations(moreColumns(row, order), order, itemTotals);
    }

    /** Columns outside every default set: the adapter must ask for them ({@code +email}, …). */
    private static WireRow moreColumns(WireRow row, OrderState order) {
        return row.col("email", order.email)
                .col("currency_code", order.currencyCode)
                .col("customer_id", order.customerId)
                .col("sales_channel_id", order.salesChannelId)
                .col("canceled_at", order.canceledAt)
                .col("is_draft_order", order.isDraft)
                .col("no_notification", false)
                .col("deleted_at", null);
    }

    private WireRow relations(WireRow row, OrderState order, boolean itemTotals) {
        return row.rel(
                        "items",
                        tree -> MedusaJson.array(order.items.stream()
                                .map(item -> LineItemWire.render(store, order, item, itemTotals, tree))
                                .toList()))
                .rows("credit_lines", order.creditLines, line -> creditLine(order, line))
                .rel("shipping_address", tree -> AddressWire.order(order.shippingAddress, tree))
                .rel("billing_address", tree -> AddressWire.order(order.billingAddress, tree))
                .rel(
                        "shipping_methods",
                        tree -> MedusaJson.array(order.shippingMethods.stream()
                                .map(method -> ShippingMethodWire.render(order, method))
                                .toList()))
                .rel("customer", tree -> customer(order, tree))
                .rel(
                        "sales_channel",
                        tree -> AdminWire.salesChannel(store.salesChannel()).project(tree))
                .rows("payment_collections", order.paymentCollections, payments::row)
                .rows("fulfillments", order.fulfillments, fulfillments::row);
    }

    private JsonNode customer(OrderState order, FieldTree tree) {
        CustomerState customer = order.customerId == null ? null : store.customers.get(order.customerId);
        return customer == null
                ? MedusaJson.node(null)
                : CustomerWire.row(customer, store).project(tree);
    }
}
