package io.omnicart.testkit.simulator.medusa;

import io.omnicart.testkit.simulator.seed.SeededStore;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Translates the ids of the captured samples into the simulator's ids for the same entities, matched by natural key
 * (handle, SKU, email, currency, order number), so a sample request can be replayed against the standard seed.
 */
final class SampleIds {

    /** Sample order number → standard-seed order key (the capture store's orders 1–5 and 7, draft 6). */
    private static final Map<Integer, String> ORDERS = Map.of(
            1,
            "completed-delivered",
            2,
            "pending-authorized",
            3,
            "canceled",
            4,
            "archived-shipped",
            5,
            "pending-fulfilled",
            7,
            "pending-unpaid");

    private static final String SAMPLE_DRAFT = "order_01M83QKT6GK7A4F0FNTHWMD6F4";

    private final Map<String, String> ids = new LinkedHashMap<>();

    SampleIds(SeededStore seeded, MedusaHttp http) {
        each("admin-products-list-fields.json", "products", product -> {
            put(product, seeded.productId(product.get("handle").asString()));
            product.get("variants")
                    .values()
                    .forEach(v -> put(v, seeded.variantId(v.get("sku").asString())));
        });
        each("admin-customers-list-default.json", "customers", c -> put(c, seeded.customerId(text(c, "email"))));
        each("admin-collections-list.json", "collections", c -> put(c, seeded.collectionId(text(c, "handle"))));
        each("admin-regions-list.json", "regions", r -> put(r, seeded.regionId(text(r, "currency_code"))));
        each("admin-inventory-items-list.json", "inventory_items", i -> put(i, seeded.inventoryItemId(text(i, "sku"))));
        each(
                "admin-orders-list-default.json",
                "orders",
                o -> put(
                        o, seeded.order(ORDERS.get(o.get("display_id").asInt())).id()));
        ids.put(SAMPLE_DRAFT, seeded.draftOrder("draft-eur").id());
        JsonNode store =
                Samples.response("admin-stores-list.json").get("stores").get(0);
        ids.put(text(store, "id"), seeded.storeId());
        ids.put(text(store, "default_location_id"), seeded.locationId());
        ids.put(
                text(store, "default_sales_channel_id"),
                text(
                        http.get("/admin/sales-channels")
                                .json()
                                .get("sales_channels")
                                .get(0),
                        "id"));
        JsonNode key =
                Samples.response("admin-api-keys-list.json").get("api_keys").get(0);
        ids.put(
                text(key, "id"),
                text(http.get("/admin/api-keys").json().get("api_keys").get(0), "id"));
    }

    /** {@code text} with every known sample id replaced, longest ids first. */
    String translate(String text) {
        String result = text;
        for (String sampleId : ids.keySet().stream()
                .sorted(Comparator.comparing(String::length).reversed())
                .toList()) {
            result = result.replace(sampleId, ids.get(sampleId));
        }
        return result;
    }

    void put(String sampleId, String ourId) {
        ids.put(sampleId, ourId);
    }

    private void put(JsonNode sampleRow, String ourId) {
        ids.put(text(sampleRow, "id"), ourId);
    }

    private static void each(String file, String key, java.util.function.Consumer<JsonNode> action) {
        Samples.response(file).get(key).values().forEach(action);
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).asString();
    }
}
