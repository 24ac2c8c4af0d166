package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Inventory (reference §6): read one SKU ({@code GET /api/Inventory/{sku}?warehouseIds}), search (answers a
 * {@code scrollId} when more than 1,000 items match, continued by {@code GET /api/Inventory/Scroll/{id}}), and the
 * writes: {@code PUT /api/Inventory/UpdateMany} (upsert of at most 1,000 items, 400 above; unchanged items keep their
 * {@code modified}; reservations kept unless {@code isReservedInventoryOverwritten=true}), {@code PUT …/Update},
 * {@code POST /api/Inventory}, {@code POST …/AddMany}, {@code POST …/ProcessInventoryTransactions} (deltas) and
 * delete. Writes answer 200 with an empty body (none documented). An unknown SKU is upserted like any other: Omnium
 * keeps inventory apart from products.
 */
final class InventoryHandler {

    static final String SCROLL_KIND = "inventory";
    static final int SEARCH_BATCH = 1000;

    private final OmniumStore store;
    private final OmniumScrolls scrolls;
    private final Clock clock;

    InventoryHandler(OmniumStore store, OmniumScrolls scrolls, Clock clock) {
        this.store = store;
        this.scrolls = scrolls;
        this.clock = clock;
    }

    SimResponse get(SimRequest request, List<String> params) {
        List<String> warehouses = request.query().values("warehouseIds");
        List<ObjectNode> items = store.inventory().items(params.getFirst()).stream()
                .filter(item -> warehouses.isEmpty()
                        || warehouses.contains(item.get("warehouseCode").asString()))
                .toList();
        ObjectNode wrapper = OmniumPaging.slice(items, 0, items.size(), null);
        wrapper.put("isValid", true);
        return SimResponse.json(200, wrapper);
    }

    SimResponse search(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        List<String> skus = OmniumJson.strings(body, "productCodes");
        List<String> warehouses = OmniumJson.strings(body, "warehouseCodes");
        JsonNode inStock = OmniumJson.field(body, "isInStock");
        String lastModified = OmniumJson.text(body, "lastModified");
        Instant since = lastModified == null ? null : OmniumJson.parseTime(lastModified);
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode item : store.inventory().all()) {
            if ((skus.isEmpty() || skus.contains(item.get("sku").asString()))
                    && (warehouses.isEmpty()
                            || warehouses.contains(item.get("warehouseCode").asString()))
                    && (inStock == null || (OmniumInventory.available(item).signum() > 0) == inStock.asBoolean())
                    && (since == null
                            || OmniumJson.parseTime(item.get("modified").asString())
                                    .isAfter(since))) {
                matching.add(item);
            }
        }
        if (matching.size() <= SEARCH_BATCH) {
            ObjectNode wrapper = OmniumPaging.slice(matching, 0, matching.size(), null);
            wrapper.put("isValid", true);
            return SimResponse.json(200, wrapper);
        }
        String id = scrolls.start(SCROLL_KIND, matching, SEARCH_BATCH);
        return SimResponse.json(200, OmniumScrolls.wrapper(scrolls.next(SCROLL_KIND, id)));
    }

    SimResponse continueScroll(SimRequest request, List<String> params) {
        return SimResponse.json(200, OmniumScrolls.wrapper(scrolls.next(SCROLL_KIND, params.getFirst())));
    }

    /** {@code PUT /api/Inventory/UpdateMany[?isReservedInventoryOverwritten=false]}. */
    SimResponse updateMany(SimRequest request, List<String> params) {
        List<JsonNode> items = OmniumPaging.batch(OmniumJson.parse(request.body()), OmniumPaging.MAX_BATCH);
        boolean overwriteReserved = "true".equalsIgnoreCase(request.query().single("isReservedInventoryOverwritten"));
        String now = OmniumJson.time(clock.instant());
        items.forEach(InventoryHandler::requireKeys);
        items.forEach(item -> store.inventory().upsert(item, overwriteReserved, now));
        return empty();
    }

    /** {@code PUT /api/Inventory/Update}: one item, same semantics as UpdateMany. */
    SimResponse update(SimRequest request, List<String> params) {
        JsonNode item = OmniumJson.parse(request.body());
        requireKeys(item);
        store.inventory().upsert(item, false, OmniumJson.time(clock.instant()));
        return empty();
    }

    /** {@code POST /api/Inventory}: adds (or overwrites) one item, reservation included. */
    SimResponse add(SimRequest request, List<String> params) {
        JsonNode item = OmniumJson.parse(request.body());
        requireKeys(item);
        overwrite(item);
        return empty();
    }

    /** {@code POST /api/Inventory/AddMany}: overwrites every item even when identical (one-time imports). */
    SimResponse addMany(SimRequest request, List<String> params) {
        List<JsonNode> items = OmniumPaging.batch(OmniumJson.parse(request.body()), OmniumPaging.MAX_BATCH);
        items.forEach(InventoryHandler::requireKeys);
        items.forEach(this::overwrite);
        return empty();
    }

    private void overwrite(JsonNode item) {
        JsonNode inventory = OmniumJson.field(item, "inventory");
        JsonNode reserved = OmniumJson.field(item, "reservedInventory");
        store.inventory()
                .put(
                        OmniumJson.text(item, "sku"),
                        OmniumJson.text(item, "warehouseCode"),
                        inventory == null ? BigDecimal.ZERO : inventory.decimalValue(),
                        reserved == null ? BigDecimal.ZERO : reserved.decimalValue(),
                        OmniumJson.time(clock.instant()));
    }

    /** {@code POST /api/Inventory/ProcessInventoryTransactions} with {@code [OmniumInventoryUpdate]} deltas. */
    SimResponse transactions(SimRequest request, List<String> params) {
        List<JsonNode> updates = OmniumPaging.batch(OmniumJson.parse(request.body()), OmniumPaging.MAX_BATCH);
        String now = OmniumJson.time(clock.instant());
        for (JsonNode update : updates) {
            String sku = OmniumJson.text(update, "skuId");
            String warehouse = OmniumJson.text(update, "warehouseCode");
            JsonNode change = OmniumJson.field(update, "inventoryChange");
            if (sku == null || warehouse == null || change == null) {
                throw OmniumFailure.badRequest("Every update needs skuId, warehouseCode and inventoryChange");
            }
            store.inventory()
                    .change(
                            sku,
                            warehouse,
                            change.decimalValue(),
                            OmniumJson.flag(update, "adjustReservedInventory"),
                            now);
        }
        return empty();
    }

    /** {@code DELETE /api/Inventory/{sku}?warehouseIds=…} (warehouses required). */
    SimResponse delete(SimRequest request, List<String> params) {
        List<String> warehouses = request.query().values("warehouseIds");
        if (warehouses.isEmpty()) {
            throw OmniumFailure.badRequest("warehouseIds is required");
        }
        List<ObjectNode> kept = store.inventory().items(params.getFirst()).stream()
                .filter(item -> !warehouses.contains(item.get("warehouseCode").asString()))
                .toList();
        store.inventory().replace(params.getFirst(), kept);
        return empty();
    }

    private static void requireKeys(JsonNode item) {
        if (OmniumJson.text(item, "sku") == null || OmniumJson.text(item, "warehouseCode") == null) {
            throw OmniumFailure.badRequest("Every inventory item needs sku and warehouseCode");
        }
    }

    private static SimResponse empty() {
        return SimResponse.text(200, "text/plain; charset=utf-8", "");
    }
}
