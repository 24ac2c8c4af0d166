package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stock as {@code OmniumInventoryItem}s (reference §6): one item per SKU and warehouse with {@code inventory} and
 * {@code reservedInventory}; available = inventory − reserved [I]. Product reads compute their {@code inventory}
 * ({@code [{warehouseCode, quantity}]}, quantity = available), {@code availableInventory}, {@code isInStock} and
 * {@code inventoryStatus} from here, so {@code UpdateMany} shows up in product reads.
 */
final class OmniumInventory {

    /** Available quantity at or below which {@code inventoryStatus} is {@code LowInStock} [I]. */
    static final int LOW_STOCK = 5;

    private final Map<String, Map<String, ObjectNode>> items = new LinkedHashMap<>();

    void clear() {
        items.clear();
    }

    /** The SKU's items, one per warehouse (empty when the SKU has no inventory). */
    List<ObjectNode> items(String sku) {
        return new ArrayList<>(items.getOrDefault(sku, Map.of()).values());
    }

    List<ObjectNode> all() {
        List<ObjectNode> all = new ArrayList<>();
        items.values().forEach(byWarehouse -> all.addAll(byWarehouse.values()));
        return all;
    }

    /** Keeps only {@code kept} as the SKU's items (deletes the others). */
    void replace(String sku, List<ObjectNode> kept) {
        if (kept.isEmpty()) {
            items.remove(sku);
            return;
        }
        Map<String, ObjectNode> byWarehouse = new LinkedHashMap<>();
        kept.forEach(item -> byWarehouse.put(item.get("warehouseCode").asString(), item));
        items.put(sku, byWarehouse);
    }

    boolean tracks(String sku) {
        return items.containsKey(sku);
    }

    /** Creates or replaces the item of {@code sku} at {@code warehouse}. */
    ObjectNode put(String sku, String warehouse, BigDecimal inventory, BigDecimal reserved, String now) {
        ObjectNode item = OmniumJson.object();
        item.put("sku", sku);
        item.put("warehouseCode", warehouse);
        item.put("inventory", inventory);
        item.put("reservedInventory", reserved);
        item.putNull("location");
        item.put("isVirtual", false);
        item.put("created", now);
        item.put("modified", now);
        items.computeIfAbsent(sku, ignored -> new LinkedHashMap<>()).put(warehouse, item);
        return item;
    }

    /**
     * Upserts one incoming item (UpdateMany semantics): {@code inventory} is set; {@code reservedInventory} only when
     * {@code overwriteReserved}. Answers whether anything changed (an unchanged item keeps its {@code modified}).
     */
    boolean upsert(JsonNode incoming, boolean overwriteReserved, String now) {
        String sku = OmniumJson.text(incoming, "sku");
        String warehouse = OmniumJson.text(incoming, "warehouseCode");
        if (sku == null || warehouse == null) {
            throw OmniumFailure.badRequest("Every inventory item needs sku and warehouseCode");
        }
        JsonNode inventory = OmniumJson.field(incoming, "inventory");
        JsonNode reserved = OmniumJson.field(incoming, "reservedInventory");
        ObjectNode existing = items.getOrDefault(sku, Map.of()).get(warehouse);
        if (existing == null) {
            put(
                    sku,
                    warehouse,
                    inventory == null ? BigDecimal.ZERO : inventory.decimalValue(),
                    reserved == null || !overwriteReserved ? BigDecimal.ZERO : reserved.decimalValue(),
                    now);
            return true;
        }
        boolean changed = false;
        if (inventory != null && inventory.decimalValue().compareTo(quantity(existing, "inventory")) != 0) {
            existing.put("inventory", inventory.decimalValue());
            changed = true;
        }
        if (overwriteReserved
                && reserved != null
                && reserved.decimalValue().compareTo(quantity(existing, "reservedInventory")) != 0) {
            existing.put("reservedInventory", reserved.decimalValue());
            changed = true;
        }
        for (String field : List.of("location", "minQuantity", "maxQuantity", "cost", "costCurrency")) {
            JsonNode value = OmniumJson.field(incoming, field);
            if (value != null && !value.equals(existing.get(field))) {
                existing.set(field, value.deepCopy());
                changed = true;
            }
        }
        if (changed) {
            existing.put("modified", now);
        }
        return changed;
    }

    /** Applies a delta ({@code ProcessInventoryTransactions}); creates the item when missing. */
    void change(String sku, String warehouse, BigDecimal delta, boolean adjustReserved, String now) {
        ObjectNode item = items.getOrDefault(sku, Map.of()).get(warehouse);
        if (item == null) {
            item = put(sku, warehouse, BigDecimal.ZERO, BigDecimal.ZERO, now);
        }
        item.put("inventory", quantity(item, "inventory").add(delta));
        if (adjustReserved) {
            item.put("reservedInventory", quantity(item, "reservedInventory").add(delta));
        }
        item.put("modified", now);
    }

    /** An order line takes {@code quantity} units of {@code sku} into reservation at the web warehouse. */
    void reserve(String sku, BigDecimal quantity, String now) {
        first(sku).ifPresent(item -> adjust(item, BigDecimal.ZERO, quantity, now));
    }

    /** A cancelled order line gives its reservation back. */
    void release(String sku, BigDecimal quantity, String now) {
        first(sku).ifPresent(item -> adjust(item, BigDecimal.ZERO, quantity.negate(), now));
    }

    /** Shipped units leave the warehouse and their reservation. */
    void deduct(String sku, BigDecimal quantity, String now) {
        first(sku).ifPresent(item -> adjust(item, quantity.negate(), quantity.negate(), now));
    }

    /** The item orders ship from: the web warehouse's, else the SKU's first. */
    private java.util.Optional<ObjectNode> first(String sku) {
        Map<String, ObjectNode> byWarehouse = items.getOrDefault(sku, Map.of());
        return java.util.Optional.ofNullable(byWarehouse.get(OmniumSeeder.STORE_ID))
                .or(() -> byWarehouse.values().stream().findFirst());
    }

    private static void adjust(ObjectNode item, BigDecimal inventory, BigDecimal reserved, String now) {
        item.put("inventory", quantity(item, "inventory").add(inventory));
        BigDecimal newReserved = quantity(item, "reservedInventory").add(reserved);
        item.put("reservedInventory", newReserved.signum() < 0 ? BigDecimal.ZERO : newReserved);
        item.put("modified", now);
    }

    static BigDecimal quantity(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? BigDecimal.ZERO : value.decimalValue();
    }

    static BigDecimal available(JsonNode item) {
        return quantity(item, "inventory").subtract(quantity(item, "reservedInventory"));
    }

    /** Writes the calculated stock fields of a product or variant with this SKU. */
    void describe(ObjectNode target, String sku) {
        List<ObjectNode> stock = items(sku);
        ArrayNode inventory = target.putArray("inventory");
        BigDecimal total = BigDecimal.ZERO;
        for (ObjectNode item : stock) {
            BigDecimal available = available(item);
            inventory
                    .addObject()
                    .put("warehouseCode", item.get("warehouseCode").asString())
                    .put("quantity", available);
            total = total.add(available);
        }
        target.put("availableInventory", total);
        target.put("isInStock", total.signum() > 0);
        target.put("inventoryStatus", status(total));
    }

    static String status(BigDecimal available) {
        if (available.signum() <= 0) {
            return "OutOfStock";
        }
        return available.compareTo(BigDecimal.valueOf(LOW_STOCK)) <= 0 ? "LowInStock" : "HighInStock";
    }
}
