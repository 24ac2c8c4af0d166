package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.OrderMath;
import io.omnicart.testkit.simulator.medusa.state.OrderState;
import io.omnicart.testkit.simulator.medusa.wire.FieldTree;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Field defaults, filters and sort keys shared by the order and draft order routes (reference §5.1–5.2, §6). */
final class OrderQueries {

    static final String LIST_DEFAULTS =
            "id,display_id,custom_display_id,status,version,summary,total,metadata,locale,created_at,updated_at";
    static final String TOTALS = "subtotal,tax_total,discount_total,discount_tax_total,original_total,"
            + "original_subtotal,original_tax_total,item_total,item_subtotal,item_tax_total,original_item_total,"
            + "original_item_subtotal,original_item_tax_total,shipping_total,shipping_subtotal,shipping_tax_total,"
            + "original_shipping_tax_total,original_shipping_subtotal,original_shipping_total,credit_line_total,"
            + "credit_line_subtotal,credit_line_tax_total";
    /** What action routes (complete, cancel, archive, fulfillments, update) answer with: no fulfillments. */
    static final String ACTION_DEFAULTS = LIST_DEFAULTS + ",region_id," + TOTALS + ",*items,*items.variant,"
            + "*items.variant.product,*credit_lines,*shipping_address,*billing_address,*shipping_methods,"
            + "*payment_collections,*payment_collections.payments,*payment_collections.payments.refunds,"
            + "*payment_collections.payments.captures";

    static final String DETAIL_DEFAULTS = ACTION_DEFAULTS + ",*fulfillments";
    static final String DRAFT_LIST_DEFAULTS = "id,display_id,custom_display_id,status,version,email,region_id,"
            + "summary,total,metadata,created_at,updated_at";
    static final String DRAFT_DEFAULTS = DRAFT_LIST_DEFAULTS + ",*items,*items.variant,*items.variant.product,"
            + "*shipping_address,*billing_address,*shipping_methods";

    private static final Set<String> STATUSES =
            Set.of("pending", "completed", "draft", "archived", "canceled", "requires_action");

    private OrderQueries() {}

    static Stream<OrderState> filter(Stream<OrderState> rows, QueryParams query) {
        query.values("status").forEach(OrderQueries::requireKnownStatus);
        Stream<OrderState> filtered = Filters.anyOf(rows, query, "id", order -> order.id);
        filtered = Filters.anyOf(filtered, query, "status", order -> order.status);
        filtered = Filters.anyOf(filtered, query, "customer_id", order -> order.customerId);
        filtered = Filters.anyOf(filtered, query, "region_id", order -> order.regionId);
        filtered = Filters.anyOf(filtered, query, "sales_channel_id", order -> order.salesChannelId);
        filtered = Filters.dates(filtered, query, "created_at", order -> order.createdAt);
        filtered = Filters.dates(filtered, query, "updated_at", order -> order.updatedAt);
        return Filters.search(filtered, query, OrderQueries::searchText);
    }

    /** Columns the list and detail routes always return, and foreign keys of selected relations. */
    static FieldTree forceListColumns(FieldTree tree) {
        tree.addColumn("status").addColumn("version");
        addForeignKeys(tree);
        return tree.addRelation("items");
    }

    static FieldTree forceDetailColumns(FieldTree tree) {
        tree.addColumn("version");
        addForeignKeys(tree);
        return tree.addRelation("payment_collections").addRelation("fulfillments");
    }

    static @Nullable Comparable<?> sortKey(OrderState order, String field) {
        return switch (field) {
            case "created_at" -> order.createdAt;
            case "updated_at" -> order.updatedAt;
            case "display_id" -> order.displayId;
            case "status" -> order.status;
            case "email" -> order.email;
            case "total" -> OrderMath.total(order);
            case "id" -> order.id;
            default -> null;
        };
    }

    private static void addForeignKeys(FieldTree tree) {
        if (tree.hasRelation("customer")) {
            tree.addColumn("customer_id");
        }
        if (tree.hasRelation("sales_channel")) {
            tree.addColumn("sales_channel_id");
        }
    }

    /** An unknown status reaches PostgreSQL's enum, which fails: Medusa answers 500 (reference §5.3). */
    private static void requireKnownStatus(String status) {
        if (!STATUSES.contains(status)) {
            throw MedusaFailure.unknown();
        }
    }

    private static String searchText(OrderState order) {
        return Filters.text(
                order.email,
                order.displayId,
                order.shippingAddress == null
                        ? null
                        : order.shippingAddress.fields().searchText(),
                order.billingAddress == null
                        ? null
                        : order.billingAddress.fields().searchText());
    }
}
