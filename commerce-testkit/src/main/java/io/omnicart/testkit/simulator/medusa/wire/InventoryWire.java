package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.InventoryItemState;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.VariantState;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Inventory items and their location levels (samples admin-inventory-items-list.json, …-retrieve-inventory.json). */
public final class InventoryWire {

    /** Default fields of the inventory item routes. */
    public static final String DEFAULTS = "id,sku,title,description,thumbnail,origin_country,hs_code,requires_shipping,"
            + "mid_code,material,weight,length,height,width,metadata,reserved_quantity,stocked_quantity,created_at,"
            + "updated_at,deleted_at,*location_levels";

    private InventoryWire() {}

    /** A top-level inventory item: {@code stocked_quantity} and {@code reserved_quantity} are sums over locations. */
    public static WireRow item(InventoryItemState item) {
        return columns(item).col("reserved_quantity", item.reserved()).col("stocked_quantity", item.stocked());
    }

    public static WireRow level(InventoryItemState.LevelState level) {
        return new WireRow()
                .col("id", level.id)
                .col("location_id", level.locationId)
                .col("metadata", null)
                .col("inventory_item_id", level.inventoryItemId)
                .col("raw_stocked_quantity", MedusaJson.raw(level.stocked))
                .col("raw_reserved_quantity", MedusaJson.raw(level.reserved))
                .col("raw_incoming_quantity", MedusaJson.raw(level.incoming))
                .timestamps(level.createdAt, level.updatedAt)
                .col("available_quantity", level.available())
                .col("stocked_quantity", level.stocked)
                .col("reserved_quantity", level.reserved)
                .col("incoming_quantity", level.incoming);
    }

    /** A variant's {@code inventory_items}: link rows with the nested item, whose sums are not computed there. */
    static JsonNode variantLinks(MedusaStore store, VariantState variant, FieldTree tree) {
        String itemId = variant.inventoryItemId();
        InventoryItemState item = itemId == null ? null : store.inventoryItems.get(itemId);
        if (item == null) {
            return MedusaJson.array();
        }
        JsonNode link = new WireRow()
                .col("variant_id", variant.id())
                .col("inventory_item_id", item.id)
                .col("id", variant.inventoryLinkId())
                .col("required_quantity", 1)
                .timestamps(variant.createdAt(), variant.createdAt())
                .rel(
                        "inventory",
                        sub -> columns(item)
                                .nulls("reserved_quantity", "stocked_quantity")
                                .project(sub))
                .project(tree);
        return MedusaJson.array(List.of(link));
    }

    private static WireRow columns(InventoryItemState item) {
        return new WireRow()
                .col("id", item.id)
                .col("sku", item.sku)
                .nulls("origin_country", "hs_code", "mid_code", "material", "unit_of_measure")
                .nulls("weight", "length", "height", "width")
                .col("requires_shipping", true)
                .col("description", item.title)
                .col("title", item.title)
                .nulls("thumbnail", "metadata")
                .timestamps(item.createdAt, item.updatedAt)
                .rows("location_levels", item.levels, InventoryWire::level);
    }
}
