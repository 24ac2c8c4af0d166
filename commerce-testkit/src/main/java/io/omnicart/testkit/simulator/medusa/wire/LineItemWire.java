package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.LineItemState;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.OrderState;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Order line items with their {@code detail} row and, when order totals are selected, line totals. */
final class LineItemWire {

    private LineItemWire() {}

    static JsonNode render(MedusaStore store, OrderState order, LineItemState item, boolean totals, FieldTree tree) {
        WireRow row = new WireRow();
        snapshotColumns(row, item);
        flagColumns(row, item);
        if (totals) {
            row.col("tax_lines", MedusaJson.array()).col("adjustments", MedusaJson.array());
        }
        quantityColumns(row, order, item);
        if (totals) {
            TotalColumns.add(row, TotalColumns.LINE, name -> amount(item, name), true);
        }
        row.rel("variant", sub -> variant(store, item, sub));
        return row.project(tree);
    }

    /** The product and variant data copied onto the line when it was created. */
    private static void snapshotColumns(WireRow row, LineItemState item) {
        row.col("id", item.id)
                .col("title", item.title)
                .col("subtitle", item.subtitle)
                .col("thumbnail", item.thumbnail)
                .col("variant_id", item.variantId)
                .col("product_id", item.productId)
                .col("product_title", item.productTitle)
                .col("product_description", item.productDescription)
                .col("product_subtitle", item.productSubtitle)
                .col("product_type", null)
                .col("product_type_id", null)
                .col("product_collection", item.productCollection)
                .col("product_handle", item.productHandle)
                .col("variant_sku", item.variantSku)
                .col("variant_barcode", item.variantBarcode)
                .col("variant_title", item.variantTitle)
                .col("variant_option_values", null);
    }

    private static void flagColumns(WireRow row, LineItemState item) {
        row.col("requires_shipping", true)
                .col("is_giftcard", false)
                .col("is_discountable", true)
                .col("is_tax_inclusive", false)
                .col("is_custom_price", false)
                .col("metadata", MedusaJson.object())
                .col("raw_compare_at_unit_price", null)
                .col("raw_unit_price", MedusaJson.raw(item.unitPrice))
                .col("created_at", item.createdAt)
                .col("updated_at", item.createdAt)
                .col("deleted_at", null);
    }

    private static void quantityColumns(WireRow row, OrderState order, LineItemState item) {
        row.col("compare_at_unit_price", null)
                .col("unit_price", item.unitPrice)
                .col("quantity", item.quantity)
                .col("raw_quantity", MedusaJson.raw(item.quantity))
                .col("line_item_metadata", MedusaJson.object())
                .col("detail", detail(order, item));
    }

    private static BigDecimal amount(LineItemState item, String name) {
        return switch (name) {
            case "refundable_total_per_unit" -> item.unitPrice;
            case "fulfilled_total" -> item.unitPrice.multiply(BigDecimal.valueOf(item.fulfilled));
            case "shipped_total" -> item.unitPrice.multiply(BigDecimal.valueOf(item.shipped));
            default -> TotalColumns.isAlwaysZero(name) ? BigDecimal.ZERO : item.subtotal();
        };
    }

    /** The {@code orditem_…} row: per-line counters; its unit price is set once an order change touched the line. */
    private static ObjectNode detail(OrderState order, LineItemState item) {
        boolean repriced = item.detailVersion > 1;
        Map<String, Integer> quantities = quantities(item);
        WireRow row = new WireRow()
                .col("id", item.detailId)
                .col("version", item.detailVersion)
                .col("metadata", MedusaJson.object())
                .col("order_id", order.id)
                .col("raw_unit_price", repriced ? MedusaJson.raw(item.unitPrice) : null)
                .col("raw_compare_at_unit_price", null);
        quantities.forEach((name, value) -> row.col("raw_" + name, MedusaJson.raw(value)));
        row.col("created_at", item.createdAt)
                .col("updated_at", item.detailUpdatedAt)
                .col("deleted_at", null)
                .col("item_id", item.id)
                .col("unit_price", repriced ? item.unitPrice : null)
                .col("compare_at_unit_price", null);
        quantities.forEach(row::col);
        return row.project(FieldTree.all());
    }

    private static Map<String, Integer> quantities(LineItemState item) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        quantities.put("quantity", item.quantity);
        quantities.put("fulfilled_quantity", item.fulfilled);
        quantities.put("delivered_quantity", item.delivered);
        quantities.put("shipped_quantity", item.shipped);
        for (String returned :
                new String[] {"return_requested", "return_received", "return_dismissed", "written_off"}) {
            quantities.put(returned + "_quantity", 0);
        }
        return quantities;
    }

    private static JsonNode variant(MedusaStore store, LineItemState item, FieldTree tree) {
        return item.variantId == null
                ? MedusaJson.node(null)
                : store.variant(item.variantId)
                        .map(variant -> (JsonNode)
                                VariantWire.row(store, variant, false).project(tree))
                        .orElse(MedusaJson.node(null));
    }
}
