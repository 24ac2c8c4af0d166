package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tenant's data as Omnium JSON trees: orders (with lock, one-shot conflict and queued state), customers, products,
 * categories, carts, inventory, order types, stores, markets and market groups. Guarded by the simulator's lock.
 */
final class OmniumStore {

    private final Map<String, ObjectNode> orders = new LinkedHashMap<>();
    private final Set<String> locked = new HashSet<>();
    private final Set<String> conflictNext = new HashSet<>();
    private final Map<String, Queued> queued = new HashMap<>();
    private final Map<String, ObjectNode> customers = new LinkedHashMap<>();
    private final Map<String, ObjectNode> products = new LinkedHashMap<>();
    private final Map<String, ObjectNode> carts = new LinkedHashMap<>();
    private final Map<String, ObjectNode> categories = new LinkedHashMap<>();
    private final OmniumInventory inventory = new OmniumInventory();
    private ArrayNode orderTypes = OmniumOrderTypes.defaults();
    private ArrayNode stores = OmniumJson.array();
    private ArrayNode markets = OmniumJson.array();
    private ArrayNode marketGroups = OmniumJson.array();
    private int nextOrderNumber = 500_001;
    private int nextCartNumber = 1_001;

    void clear() {
        orders.clear();
        locked.clear();
        conflictNext.clear();
        queued.clear();
        customers.clear();
        products.clear();
        carts.clear();
        categories.clear();
        inventory.clear();
        orderTypes = OmniumOrderTypes.defaults();
        stores = OmniumJson.array();
        markets = OmniumJson.array();
        marketGroups = OmniumJson.array();
        nextOrderNumber = 500_001;
        nextCartNumber = 1_001;
    }

    // ---- orders

    void putOrder(ObjectNode order) {
        orders.put(order.get("id").asString(), order);
    }

    ObjectNode order(String id) {
        ObjectNode order = orders.get(id);
        if (order == null) {
            throw OmniumFailure.notFound("Order not found");
        }
        return order;
    }

    boolean hasOrder(String id) {
        return orders.containsKey(id);
    }

    List<ObjectNode> orders() {
        return new ArrayList<>(orders.values());
    }

    void removeOrder(String id) {
        orders.remove(id);
        queued.remove(id);
    }

    /** A fresh order id for orders Omnium numbers itself ({@code PUT /api/Orders}, carts converted to orders). */
    String newOrderId() {
        String id;
        do {
            id = Integer.toString(nextOrderNumber++);
        } while (orders.containsKey(id));
        return id;
    }

    /** Locks or unlocks an order, as if another operation held it (writes answer 409 meanwhile). */
    void lock(String id, boolean value) {
        if (value) {
            locked.add(id);
        } else {
            locked.remove(id);
        }
    }

    /** Makes the next write on the order answer 409 (an optimistic-concurrency conflict, §12 r23). */
    void conflictOnNextWrite(String id) {
        conflictNext.add(id);
    }

    /** Throws the 409 a write on {@code id} gets while it is locked or has a pending conflict (consumed). */
    void checkWritable(String id) {
        if (locked.contains(id)) {
            throw new OmniumFailure(409, "Order is locked by another operation");
        }
        if (conflictNext.remove(id)) {
            throw new OmniumFailure(409, "The order was modified by another request; reload and retry");
        }
    }

    boolean isLocked(String id) {
        return locked.contains(id);
    }

    /** Keeps a new order in {@code Queued} until {@code until}, then gives it {@code status}. */
    void queue(String id, Instant until, String status) {
        queued.put(id, new Queued(until, status));
    }

    /** Ends every queue time that has passed by {@code now}. */
    void settle(Instant now) {
        if (queued.isEmpty()) {
            return;
        }
        Iterator<Map.Entry<String, Queued>> entries = queued.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, Queued> entry = entries.next();
            if (!now.isBefore(entry.getValue().until())) {
                ObjectNode order = orders.get(entry.getKey());
                if (order != null && "Queued".equals(order.path("status").asString())) {
                    order.put("status", entry.getValue().status());
                    for (JsonNode shipment :
                            order.path("orderForm").path("shipments").values()) {
                        ((ObjectNode) shipment)
                                .put("orderStatus", entry.getValue().status());
                    }
                }
                entries.remove();
            }
        }
    }

    // ---- settings

    ArrayNode orderTypes() {
        return orderTypes;
    }

    ArrayNode stores() {
        return stores;
    }

    ArrayNode markets() {
        return markets;
    }

    ArrayNode marketGroups() {
        return marketGroups;
    }

    void stores(ArrayNode value) {
        stores = value;
    }

    void markets(ArrayNode value) {
        markets = value;
    }

    void marketGroups(ArrayNode value) {
        marketGroups = value;
    }

    /** The market with this id (case-insensitive). */
    Optional<JsonNode> market(String id) {
        for (JsonNode market : markets.values()) {
            if (market.path("marketId").asString().equalsIgnoreCase(id)) {
                return Optional.of(market);
            }
        }
        return Optional.empty();
    }

    /** The default market ({@code isDefaultMarket}), else the first. */
    Optional<JsonNode> defaultMarket() {
        for (JsonNode market : markets.values()) {
            if (market.path("isDefaultMarket").asBoolean()) {
                return Optional.of(market);
            }
        }
        return markets.isEmpty() ? Optional.empty() : Optional.of(markets.get(0));
    }

    // ---- customers

    void putCustomer(ObjectNode customer) {
        customers.put(customer.get("customerId").asString(), customer);
    }

    ObjectNode customer(String id) {
        ObjectNode customer = customers.get(id);
        if (customer == null) {
            throw OmniumFailure.notFound("Customer not found");
        }
        return customer;
    }

    Optional<ObjectNode> customerByEmail(String email) {
        return customers.values().stream()
                .filter(customer ->
                        email.equalsIgnoreCase(customer.path("email").asString()))
                .findFirst();
    }

    List<ObjectNode> customers() {
        return new ArrayList<>(customers.values());
    }

    // ---- products and categories

    void putProduct(ObjectNode product) {
        products.put(product.get("id").asString(), product);
    }

    List<ObjectNode> products() {
        return new ArrayList<>(products.values());
    }

    /** The product whose document id, product id or one of whose SKUs is {@code key}. */
    Optional<ObjectNode> product(String key) {
        ObjectNode byId = products.get(key);
        if (byId != null) {
            return Optional.of(byId);
        }
        for (ObjectNode product : products.values()) {
            if (product.path("productId").asString().equals(key)
                    || product.path("skuId").asString().equals(key)) {
                return Optional.of(product);
            }
            for (JsonNode variant : product.path("variants").values()) {
                if (variant.path("skuId").asString().equals(key)) {
                    return Optional.of(product);
                }
            }
        }
        return Optional.empty();
    }

    /** The variant (or single-SKU product) with this SKU. */
    Optional<ObjectNode> sku(String sku) {
        for (ObjectNode product : products.values()) {
            for (JsonNode variant : product.path("variants").values()) {
                if (variant.path("skuId").asString().equals(sku)) {
                    return Optional.of((ObjectNode) variant);
                }
            }
            if (product.path("skuId").asString().equals(sku)) {
                return Optional.of(product);
            }
        }
        return Optional.empty();
    }

    void putCategory(ObjectNode category) {
        categories.put(category.get("id").asString(), category);
    }

    /** The category by document id ({@code summer_en}) or by category id in {@code language}. */
    Optional<ObjectNode> category(String id, String language) {
        ObjectNode exact = categories.get(id);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(categories.get(id + "_" + language.toLowerCase(Locale.ROOT)));
    }

    List<ObjectNode> categories() {
        return new ArrayList<>(categories.values());
    }

    void removeCategory(String id) {
        categories.remove(id);
    }

    OmniumInventory inventory() {
        return inventory;
    }

    // ---- carts

    void putCart(ObjectNode cart) {
        carts.put(cart.get("id").asString(), cart);
    }

    /** The cart, or the cart API's 404 {@code {message, isSuccessful, httpStatusCode}}. */
    ObjectNode cart(String id) {
        ObjectNode cart = carts.get(id);
        if (cart == null) {
            throw new CartsHandler.CartNotFound();
        }
        return cart;
    }

    void removeCart(String id) {
        carts.remove(id);
    }

    List<ObjectNode> carts() {
        return new ArrayList<>(carts.values());
    }

    String newCartId() {
        String id;
        do {
            id = "C" + nextCartNumber++;
        } while (carts.containsKey(id));
        return id;
    }

    private record Queued(Instant until, String status) {}
}
