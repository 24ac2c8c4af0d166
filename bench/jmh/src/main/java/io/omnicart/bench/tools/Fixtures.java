package io.omnicart.bench.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the upstream stub's answers from the captured Medusa samples ({@code {request, status, response}} files):
 * order and product pages of 1, 25 and 100 rows (the captured rows repeated with fresh ids, display ids and dates),
 * one full order with its change log, the store, customers and regions. Order rows carry exactly the fields the
 * adapter asks for ({@code MedusaFields.ORDER_SUMMARY}) plus the full line items the list route always drags along;
 * product rows carry the variants' inventory items and location levels ({@code MedusaFields.PRODUCT}). Deterministic.
 *
 * <p>Usage: {@code Fixtures <samples dir> <out dir> [count]}; {@code count} is the {@code count} every list reports.
 */
public final class Fixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int[] PAGE_SIZES = {1, 25, 100};
    private static final Instant NEWEST = Instant.parse("2026-11-23T08:00:00Z");

    /** Top-level order fields of {@code MedusaFields.ORDER_SUMMARY} ({@code *customer} and {@code items} included). */
    private static final List<String> SUMMARY_FIELDS = List.of(
            "id",
            "display_id",
            "custom_display_id",
            "status",
            "email",
            "currency_code",
            "customer_id",
            "total",
            "subtotal",
            "item_subtotal",
            "item_total",
            "shipping_subtotal",
            "shipping_total",
            "tax_total",
            "discount_total",
            "payment_status",
            "fulfillment_status",
            "canceled_at",
            "created_at",
            "updated_at",
            "customer",
            "items");

    private final Path samples;
    private final Path out;
    private final long count;

    private Fixtures(Path samples, Path out, long count) {
        this.samples = samples;
        this.out = out;
        this.count = count;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Fixtures <samples dir> <out dir> [count]");
            System.exit(2);
        }
        long count = args.length > 2 ? Long.parseLong(args[2]) : 1000;
        new Fixtures(Path.of(args[0]), Path.of(args[1]), count).write();
    }

    private void write() throws IOException {
        Files.createDirectories(out);
        List<ObjectNode> orders = orderPool();
        List<ObjectNode> products = productPool();
        for (int size : PAGE_SIZES) {
            save("orders-" + size + ".json", page("orders", scaled(orders, size, "order_"), size));
            save("products-" + size + ".json", page("products", scaled(products, size, "prod_"), size));
        }
        save("order-detail.json", response("admin-orders-retrieve-full.json"));
        save("order-changes.json", response("admin-orders-changes.json"));
        save("stores.json", response("admin-stores-list.json"));
        save("customers.json", withCount(response("admin-customers-list-fields.json"), count));
        save("regions.json", response("admin-regions-list.json"));
        System.out.println("fixtures written to " + out);
    }

    /** The captured list rows, each completed to the summary field set from the richer captures of the same store. */
    private List<ObjectNode> orderPool() throws IOException {
        ArrayNode base = (ArrayNode) response("admin-orders-list-default.json").get("orders");
        ArrayNode rich = (ArrayNode) response("admin-orders-list-fields.json").get("orders");
        ObjectNode full =
                (ObjectNode) response("admin-orders-retrieve-full.json").get("order");
        Map<String, ObjectNode> richById = new LinkedHashMap<>();
        rich.forEach(order -> richById.put(order.get("id").asString(), (ObjectNode) order));
        List<ObjectNode> pool = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            ObjectNode order = ((ObjectNode) base.get(i)).deepCopy();
            ObjectNode donor =
                    richById.getOrDefault(order.get("id").asString(), (ObjectNode) rich.get(i % rich.size()));
            ObjectNode row = JSON.createObjectNode();
            for (String field : SUMMARY_FIELDS) {
                JsonNode value = first(order.get(field), donor.get(field), full.get(field));
                row.set(field, value == null ? JSON.nullNode() : value.deepCopy());
            }
            pool.add(row);
        }
        return pool;
    }

    /** The captured product rows, each variant given inventory items with location levels (from the capture). */
    private List<ObjectNode> productPool() throws IOException {
        ArrayNode base = (ArrayNode) response("admin-products-list-fields.json").get("products");
        ObjectNode withStock =
                (ObjectNode) response("admin-products-retrieve-inventory.json").get("product");
        ArrayNode stockedVariants = (ArrayNode) withStock.get("variants");
        Map<String, JsonNode> itemsByVariant = new LinkedHashMap<>();
        stockedVariants.forEach(v -> itemsByVariant.put(v.get("id").asString(), v.get("inventory_items")));
        List<ObjectNode> pool = new ArrayList<>();
        int next = 0;
        for (JsonNode product : base) {
            ObjectNode row = ((ObjectNode) product).deepCopy();
            for (String field : List.of("description", "created_at", "updated_at")) {
                if (!row.has(field)) {
                    row.set(field, JSON.nullNode());
                }
            }
            row.put("created_at", NEWEST.toString());
            row.put("updated_at", NEWEST.toString());
            for (JsonNode variantNode : row.withArray("variants")) {
                ObjectNode variant = (ObjectNode) variantNode;
                variant.remove(Set.of("inventory_quantity"));
                JsonNode items = itemsByVariant.get(variant.get("id").asString());
                if (items == null) {
                    ArrayNode copy = ((ArrayNode) stockedVariants
                                    .get(next++ % stockedVariants.size())
                                    .get("inventory_items"))
                            .deepCopy();
                    copy.forEach(item -> ((ObjectNode) item)
                            .put("variant_id", variant.get("id").asString()));
                    items = copy;
                }
                variant.set("inventory_items", items.deepCopy());
            }
            pool.add(row);
        }
        return pool;
    }

    /** {@code size} rows cycling through the pool, newest first, each with its own id, display id and dates. */
    private static List<ObjectNode> scaled(List<ObjectNode> pool, int size, String idPrefix) {
        List<ObjectNode> rows = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            ObjectNode row = pool.get(k % pool.size()).deepCopy();
            row.put("id", idPrefix + String.format(Locale.ROOT, "01BENCH%019d", k));
            if (row.has("display_id")) {
                row.put("display_id", 100_000 - k);
            }
            Instant created = NEWEST.minus(Duration.ofMinutes(7L * k));
            if (row.has("created_at")) {
                row.put("created_at", created.toString());
            }
            if (row.has("updated_at")) {
                row.put("updated_at", created.plusSeconds(90).toString());
            }
            rows.add(row);
        }
        return rows;
    }

    private ObjectNode page(String key, List<ObjectNode> rows, int size) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode array = page.putArray(key);
        rows.forEach(array::add);
        page.put("count", count);
        page.put("offset", 0);
        page.put("limit", size);
        return page;
    }

    private static ObjectNode withCount(ObjectNode list, long count) {
        list.put("count", count);
        return list;
    }

    private ObjectNode response(String sample) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(samples.resolve(sample)));
        JsonNode response = root.get("response");
        if (response == null || !response.isObject()) {
            throw new IOException(sample + " has no captured response object");
        }
        return (ObjectNode) response;
    }

    private void save(String name, JsonNode body) throws IOException {
        Files.writeString(out.resolve(name), JSON.writeValueAsString(body));
    }

    private static JsonNode first(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
