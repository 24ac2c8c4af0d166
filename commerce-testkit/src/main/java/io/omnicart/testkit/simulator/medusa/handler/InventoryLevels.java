package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.medusa.state.InventoryItemState;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.wire.FieldTree;
import io.omnicart.testkit.simulator.medusa.wire.InventoryWire;
import io.omnicart.testkit.simulator.medusa.wire.MedusaJson;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes to inventory levels: create, update (the stock sync path) and the batch route. */
final class InventoryLevels {

    private final MedusaStore store;

    InventoryLevels(MedusaStore store) {
        this.store = store;
    }

    InventoryItemState.LevelState create(InventoryItemState item, String locationId, JsonNode values) {
        if (item.level(locationId).isPresent()) {
            throw MedusaFailure.duplicate("Inventory level with inventory_item_id: " + item.id + ", location_id: "
                    + locationId + ", already exists.");
        }
        Instant now = store.now();
        var level = new InventoryItemState.LevelState(store.newId("ilev"), item.id, locationId, 0, now);
        item.levels.add(level);
        apply(item, level, values, now);
        return level;
    }

    InventoryItemState.LevelState update(InventoryItemState item, String locationId, JsonNode values) {
        var level = item.level(locationId)
                .orElseThrow(
                        () -> MedusaFailure.notFound("Item " + item.id + " is not stocked at location " + locationId));
        apply(item, level, values, store.now());
        return level;
    }

    /** Creates, updates and deletes levels; answers {@code {created, updated, deleted}}. */
    ObjectNode batch(ObjectNode body) {
        ObjectNode result = MedusaJson.object();
        ArrayNode created = result.putArray("created");
        body.path("create").values().forEach(entry -> created.add(wire(create(item(entry), locationId(entry), entry))));
        ArrayNode updated = result.putArray("updated");
        body.path("update").values().forEach(entry -> updated.add(wire(update(item(entry), locationId(entry), entry))));
        ArrayNode deleted = result.putArray("deleted");
        for (JsonNode id : body.path("delete").values()) {
            store.inventoryItems.values().forEach(item -> item.levels.removeIf(l -> l.id.equals(id.asString())));
            deleted.add(id.asString());
        }
        return result;
    }

    private static JsonNode wire(InventoryItemState.LevelState level) {
        return InventoryWire.level(level).project(FieldTree.all());
    }

    private InventoryItemState item(JsonNode entry) {
        String id = entry.path("inventory_item_id").asString();
        InventoryItemState item = store.inventoryItems.get(id);
        if (item == null) {
            throw MedusaFailure.notFound("Inventory item with id: " + id + " was not found");
        }
        return item;
    }

    private static String locationId(JsonNode entry) {
        return entry.path("location_id").asString();
    }

    private static void apply(
            InventoryItemState item, InventoryItemState.LevelState level, JsonNode values, Instant now) {
        if (values.has("stocked_quantity")) {
            level.stocked = nonNegative(values, "stocked_quantity");
        }
        if (values.has("incoming_quantity")) {
            level.incoming = nonNegative(values, "incoming_quantity");
        }
        level.updatedAt = now;
        item.updatedAt = now;
    }

    private static int nonNegative(JsonNode values, String field) {
        int value = Bodies.integer(values, field);
        if (value < 0) {
            throw MedusaFailure.invalidData(
                    "Invalid request: Value for field '" + field + "' too small, expected at least: '0'");
        }
        return value;
    }
}
