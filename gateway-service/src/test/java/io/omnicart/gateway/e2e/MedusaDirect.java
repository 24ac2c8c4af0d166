package io.omnicart.gateway.e2e;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the real Medusa server directly, past the gateway, with the secret API key over HTTP Basic: the suite checks
 * every action's effect here. Read-only on purpose.
 */
final class MedusaDirect {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String ORDER_FIELDS = "id,display_id,status,email,currency_code,total,created_at,metadata,"
            + "payment_status,fulfillment_status,*items,*fulfillments,*fulfillments.labels,*fulfillments.items";

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    MedusaDirect(MedusaE2EStore store) {
        this.baseUrl = store.baseUrl;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((store.secretApiKey + ":").getBytes(StandardCharsets.UTF_8));
    }

    /** GET an Admin API path (with its query); 200 expected. */
    JsonNode get(String pathAndQuery) {
        HttpResponse<String> response = send(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The HTTP status of a GET. */
    int status(String pathAndQuery) {
        return send(pathAndQuery).statusCode();
    }

    private HttpResponse<String> send(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Medusa at " + baseUrl + " did not answer (" + MedusaE2EStore.SETUP_HINT + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code count} of a list route (limit 1). */
    long count(String route) {
        return get(route + (route.contains("?") ? "&" : "?") + "limit=1&fields=id")
                .path("count")
                .asLong();
    }

    // ------------------------------------------------------------------ orders

    /** Every live (non-draft) order with the given fields, oldest first. */
    List<JsonNode> orders(String fields) {
        return all("/admin/orders?order=created_at&fields=" + encode(fields), "orders");
    }

    /** The live order with this display number (Medusa ignores a {@code display_id} filter, so all are scanned). */
    JsonNode orderByNumber(int displayId) {
        return orders("id,display_id").stream()
                .filter(order -> order.path("display_id").asInt() == displayId)
                .findFirst()
                .map(order -> order(order.path("id").asString()))
                .orElseThrow(() -> new IllegalStateException("Medusa has no order #" + displayId));
    }

    JsonNode order(String id) {
        return get("/admin/orders/" + id + "?fields=" + encode(ORDER_FIELDS)).path("order");
    }

    /** Every draft order with the given fields. */
    List<JsonNode> draftOrders(String fields) {
        return all("/admin/draft-orders?fields=" + encode(fields), "draft_orders");
    }

    /** Sum of {@code total} per lower-case currency over the orders Medusa has not cancelled. */
    java.util.Map<String, BigDecimal> revenue() {
        java.util.Map<String, BigDecimal> revenue = new java.util.TreeMap<>();
        for (JsonNode order : orders("id,status,currency_code,total")) {
            if (!order.path("status").asString().equals("canceled")) {
                revenue.merge(
                        order.path("currency_code").asString(),
                        order.path("total").decimalValue(),
                        BigDecimal::add);
            }
        }
        return revenue;
    }

    // ------------------------------------------------------------------ catalog

    JsonNode productByHandle(String handle) {
        return single(
                get("/admin/products?handle=" + encode(handle) + "&limit=5&fields="
                        + encode("id,handle,status,collection_id")),
                "products",
                "product " + handle);
    }

    JsonNode variantBySku(String sku) {
        return single(
                get("/admin/product-variants?sku=" + encode(sku) + "&limit=5&fields="
                        + encode("id,sku,manage_inventory,inventory_quantity,product_id")),
                "variants",
                "variant " + sku);
    }

    /** The stocked quantity of the SKU's inventory item at its one stock location. */
    int stockedQuantity(String sku) {
        JsonNode item = single(
                get("/admin/inventory-items?sku=" + encode(sku) + "&limit=5&fields="
                        + encode("id,sku,*location_levels")),
                "inventory_items",
                "inventory item " + sku);
        JsonNode levels = item.path("location_levels");
        if (levels.size() != 1) {
            throw new IllegalStateException(sku + " has " + levels.size() + " location levels: " + levels);
        }
        return levels.get(0).path("stocked_quantity").asInt();
    }

    /** The collection with this handle and its products, if it exists. */
    Optional<JsonNode> collectionByHandle(String handle) {
        JsonNode list = get("/admin/collections?handle=" + encode(handle) + "&limit=5&fields="
                + encode("id,title,handle,products.id,products.handle"));
        return list.path("collections").isEmpty()
                ? Optional.empty()
                : Optional.of(list.path("collections").get(0));
    }

    JsonNode customerByEmail(String email) {
        return single(
                get("/admin/customers?email=" + encode(email) + "&limit=5&fields=" + encode("id,email,has_account")),
                "customers",
                "customer " + email);
    }

    private List<JsonNode> all(String route, String key) {
        List<JsonNode> rows = new ArrayList<>();
        long total;
        do {
            JsonNode page = get(route + "&limit=100&offset=" + rows.size());
            page.path(key).forEach(rows::add);
            total = page.path("count").asLong();
            if (page.path(key).isEmpty()) {
                break;
            }
        } while (rows.size() < total);
        return rows;
    }

    private static JsonNode single(JsonNode list, String key, String what) {
        JsonNode rows = list.path(key);
        if (rows.size() != 1) {
            throw new IllegalStateException("expected exactly one " + what + " in Medusa, found " + rows.size());
        }
        return rows.get(0);
    }
}
