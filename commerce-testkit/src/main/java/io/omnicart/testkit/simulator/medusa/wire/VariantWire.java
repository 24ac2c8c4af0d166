package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.InventoryItemState;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.ProductState;
import io.omnicart.testkit.simulator.medusa.state.VariantState;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Variants with prices, option values, inventory links and the computed {@code inventory_quantity}. */
public final class VariantWire {

    /** Default fields of the variant routes. */
    public static final String DEFAULTS = "id,title,sku,barcode,ean,upc,allow_backorder,manage_inventory,hs_code,"
            + "origin_country,mid_code,material,weight,length,height,width,metadata,variant_rank,thumbnail,"
            + "product_id,created_at,updated_at,deleted_at,*prices,*options";

    private VariantWire() {}

    /**
     * A variant. {@code inventory_quantity} is a computed field: present only when {@code computeInventory} (the
     * variant routes) and requested by name, and only for variants whose stock is managed (reference §7).
     */
    public static ObjectNode render(MedusaStore store, VariantState variant, boolean computeInventory, FieldTree tree) {
        if (computeInventory && tree.names("inventory_quantity")) {
            tree.addColumn("manage_inventory");
        }
        if (tree.hasRelation("product")) {
            tree.addColumn("product_id");
        }
        ObjectNode node = row(store, variant, computeInventory).project(tree);
        InventoryItemState item =
                variant.inventoryItemId() == null ? null : store.inventoryItems.get(variant.inventoryItemId());
        if (computeInventory && tree.names("inventory_quantity") && item != null) {
            node.put("inventory_quantity", item.available());
        }
        return node;
    }

    static WireRow row(MedusaStore store, VariantState variant, boolean computeInventory) {
        ProductState product = store.products.get(variant.productId());
        return new WireRow()
                .col("id", variant.id())
                .col("title", variant.title())
                .col("sku", variant.sku())
                .col("barcode", variant.barcode())
                .nulls("ean", "upc")
                .col("allow_backorder", variant.allowBackorder())
                .col("manage_inventory", variant.manageInventory())
                .nulls("hs_code", "origin_country", "mid_code", "material", "weight", "length", "height", "width")
                .nulls("metadata")
                .col("variant_rank", variant.rank())
                .nulls("thumbnail")
                .col("product_id", variant.productId())
                .timestamps(variant.createdAt(), variant.createdAt())
                .rel("images", tree -> ProductWire.images(product, tree))
                .rows("options", optionValues(product, variant), value -> value)
                .rows("prices", variant.prices(), price -> price(variant, price))
                .rel("product", tree -> productStub(product).project(tree))
                .rel("inventory_items", tree -> InventoryWire.variantLinks(store, variant, tree));
    }

    static WireRow option(ProductState product, ProductState.OptionState option) {
        return optionColumns(product, option).rows("values", option.values(), value -> value(product, value));
    }

    private static WireRow productStub(ProductState product) {
        WireRow row = ProductWire.columns(product);
        row.col("collection", product.collectionId == null ? null : MedusaJson.idOnly(product.collectionId));
        return row;
    }

    /** A variant's option values, each with its option nested (reference §7). */
    private static List<WireRow> optionValues(ProductState product, VariantState variant) {
        return variant.optionValueIds().stream()
                .flatMap(id -> product.optionValue(id).stream())
                .map(value -> value(product, value).col("option", option(product, value)))
                .toList();
    }

    private static JsonNode option(ProductState product, ProductState.OptionValue value) {
        ProductState.OptionState option = product.option(value.optionId()).orElseThrow();
        return optionColumns(product, option).project(FieldTree.all());
    }

    private static WireRow optionColumns(ProductState product, ProductState.OptionState option) {
        return new WireRow()
                .col("id", option.id())
                .col("title", option.title())
                .col("is_exclusive", true)
                .col("metadata", null)
                .timestamps(product.createdAt, product.createdAt);
    }

    private static WireRow value(ProductState product, ProductState.OptionValue value) {
        return new WireRow()
                .col("id", value.id())
                .col("value", value.value())
                .nulls("rank", "metadata")
                .col("option_id", value.optionId())
                .timestamps(product.createdAt, product.createdAt);
    }

    /** A plain currency price; its rules ({@code {}}) would name a region for region prices. */
    private static WireRow price(VariantState variant, VariantState.Price price) {
        return new WireRow()
                .col("id", price.id())
                .col("amount", price.amount())
                .col("currency_code", price.currencyCode())
                .nulls("min_quantity", "max_quantity")
                .col("variant_id", variant.id())
                .col("created_at", price.createdAt())
                .col("updated_at", price.createdAt())
                .col("rules", MedusaJson.object());
    }
}
