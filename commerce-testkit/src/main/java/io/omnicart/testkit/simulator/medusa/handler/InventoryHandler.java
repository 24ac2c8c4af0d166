package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.state.InventoryItemState;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.wire.FieldTree;
import io.omnicart.testkit.simulator.medusa.wire.InventoryWire;
import io.omnicart.testkit.simulator.medusa.wire.ListEnvelope;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /admin/inventory-items}: list by SKU, retrieve, and stock per location. Level writes are in
 * {@link InventoryLevels}.
 */
public final class InventoryHandler {

    private static final int DEFAULT_LIMIT = 20;
    private static final Set<String> LEVEL_FIELDS = Set.of("stocked_quantity", "incoming_quantity");

    private final MedusaStore store;
    private final InventoryLevels levels;

    public InventoryHandler(MedusaStore store) {
        this.store = store;
        this.levels = new InventoryLevels(store);
    }

    public SimResponse list(Call call) {
        QueryParams query = call.query();
        Stream<InventoryItemState> rows = Filters.anyOf(store.inventoryItems.values().stream(), query, "id", i -> i.id);
        rows = Filters.anyOf(rows, query, "sku", item -> item.sku);
        rows = Filters.search(rows, query, item -> Filters.text(item.sku, item.title));
        String location = query.single("location_levels[location_id]");
        if (location != null) {
            rows = rows.filter(item -> item.level(location).isPresent());
        }
        var page = ListQuery.of(query, DEFAULT_LIMIT).page(rows, item -> item.id, (item, field) -> null);
        FieldTree tree = FieldTree.parse(call.fields(), InventoryWire.DEFAULTS);
        var items = page.rows().stream()
                .map(item -> InventoryWire.item(item).project(tree))
                .toList();
        return SimResponse.json(
                200, ListEnvelope.of("inventory_items", items, page.count(), page.offset(), page.limit()));
    }

    public SimResponse retrieve(Call call) {
        return itemReply(call, item(call.param(0)));
    }

    public SimResponse listLevels(Call call) {
        InventoryItemState item = item(call.param(0));
        var page = ListQuery.of(call.query(), DEFAULT_LIMIT).page(item.levels.stream(), l -> l.id, (l, f) -> null);
        FieldTree tree = call.fields() == null ? FieldTree.all() : FieldTree.parse(call.fields(), "");
        var rows = page.rows().stream()
                .map(level -> InventoryWire.level(level).project(tree))
                .toList();
        return SimResponse.json(
                200, ListEnvelope.of("inventory_levels", rows, page.count(), page.offset(), page.limit()));
    }

    /** {@code POST …/location-levels}: stock the item at another location. */
    public SimResponse createLevel(Call call) {
        InventoryItemState item = item(call.param(0));
        ObjectNode body = Bodies.strict(call.body(), LEVEL_FIELDS, Set.of("location_id"));
        levels.create(item, body.get("location_id").asString(), body);
        return itemReply(call, item);
    }

    /** {@code POST …/location-levels/{location_id}}: set stocked (and incoming) quantity at a location. */
    public SimResponse updateLevel(Call call) {
        InventoryItemState item = item(call.param(0));
        ObjectNode body = Bodies.strict(call.body(), LEVEL_FIELDS, Set.of());
        levels.update(item, call.param(1), body);
        return itemReply(call, item);
    }

    /** {@code POST /admin/inventory-items/location-levels/batch} with {@code create, update, delete}. */
    public SimResponse batch(Call call) {
        ObjectNode body = Bodies.strict(call.body(), Set.of("create", "update", "delete", "force"), Set.of());
        return SimResponse.json(200, levels.batch(body));
    }

    private SimResponse itemReply(Call call, InventoryItemState item) {
        FieldTree tree = FieldTree.parse(call.fields(), InventoryWire.DEFAULTS);
        return SimResponse.json(
                200,
                ListEnvelope.single("inventory_item", InventoryWire.item(item).project(tree)));
    }

    private InventoryItemState item(String id) {
        InventoryItemState item = store.inventoryItems.get(id);
        if (item == null) {
            throw MedusaFailure.notFound("Inventory item with id: " + id + " was not found");
        }
        return item;
    }
}
