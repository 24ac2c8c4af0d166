package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The tenant's data as Omnium JSON trees: orders by id, locked order ids, order types, stores and markets. */
final class OmniumStore {

    private final Map<String, ObjectNode> orders = new LinkedHashMap<>();
    private final Set<String> locked = new HashSet<>();
    private final Map<String, ObjectNode> customers = new LinkedHashMap<>();
    private final Map<String, ObjectNode> products = new LinkedHashMap<>();
    private final Map<String, ObjectNode> carts = new LinkedHashMap<>();
    private ArrayNode orderTypes = OmniumOrderTypes.defaults();
    private ArrayNode stores = OmniumJson.array();
    private ArrayNode markets = OmniumJson.array();
    private ArrayNode categories = OmniumJson.array();

    void clear() {
        orders.clear();
        locked.clear();
        customers.clear();
        products.clear();
        carts.clear();
        orderTypes = OmniumOrderTypes.defaults();
        stores = OmniumJson.array();
        markets = OmniumJson.array();
        categories = OmniumJson.array();
    }

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

    /** Locks or unlocks an order, as if another operation held it (UpdateStatus answers 409 meanwhile). */
    void lock(String id, boolean value) {
        if (value) {
            locked.add(id);
        } else {
            locked.remove(id);
        }
    }

    boolean isLocked(String id) {
        return locked.contains(id);
    }

    ArrayNode orderTypes() {
        return orderTypes;
    }

    ArrayNode stores() {
        return stores;
    }

    ArrayNode markets() {
        return markets;
    }

    void stores(ArrayNode value) {
        stores = value;
    }

    void markets(ArrayNode value) {
        markets = value;
    }

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

    List<ObjectNode> customers() {
        return new ArrayList<>(customers.values());
    }

    void putProduct(ObjectNode product) {
        products.put(product.get("id").asString(), product);
    }

    List<ObjectNode> products() {
        return new ArrayList<>(products.values());
    }

    void putCart(ObjectNode cart) {
        carts.put(cart.get("id").asString(), cart);
    }

    /** The cart, or the cart API's 404 {@code {message, isSuccessful, httpStatusCode}}. */
    ObjectNode cart(String id) {
        ObjectNode cart = carts.get(id);
        if (cart == null) {
            throw new OmniumFailure(404, "Cart not found");
        }
        return cart;
    }

    void removeCart(String id) {
        carts.remove(id);
    }

    List<ObjectNode> carts() {
        return new ArrayList<>(carts.values());
    }

    ArrayNode categories() {
        return categories;
    }

    void categories(ArrayNode value) {
        categories = value;
    }
}
