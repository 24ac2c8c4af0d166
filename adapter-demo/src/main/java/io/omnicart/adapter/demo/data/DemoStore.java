package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.Collection;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductVariant;
import io.omnicart.core.model.StoreSettings;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One day's snapshot of the demo store, immutable. Lists come in their default order: orders, products, customers and
 * drafts newest first (id breaking ties), collections in display order.
 */
public final class DemoStore {

    private final OffsetDateTime anchor;
    private final StoreSettings settings;
    private final Map<String, Collection> collections;
    private final Map<String, Product> products;
    private final Map<String, Customer> customers;
    private final Map<String, Order> orders;
    private final Map<String, DraftOrder> drafts;
    private final Map<String, InventoryLevel> inventory;

    DemoStore(
            OffsetDateTime anchor,
            StoreSettings settings,
            DemoCatalog catalog,
            List<Customer> customers,
            List<Order> orders,
            List<DraftOrder> drafts) {
        this.anchor = anchor;
        this.settings = settings;
        this.collections = index(catalog.collections(), Collection::id);
        this.products = index(catalog.products(), Product::id);
        this.customers = index(newestFirst(customers, Customer::createdAt, Customer::id), Customer::id);
        this.orders = index(newestFirst(orders, Order::createdAt, Order::id), Order::id);
        this.drafts = index(drafts, DraftOrder::id);
        this.inventory = inventory(catalog.products());
    }

    /** Midnight UTC of the day this snapshot was generated for; every date in it lies before. */
    public OffsetDateTime anchor() {
        return anchor;
    }

    public StoreSettings settings() {
        return settings;
    }

    public List<Collection> collections() {
        return List.copyOf(collections.values());
    }

    public List<Product> products() {
        return List.copyOf(products.values());
    }

    public List<Customer> customers() {
        return List.copyOf(customers.values());
    }

    public List<Order> orders() {
        return List.copyOf(orders.values());
    }

    public List<DraftOrder> drafts() {
        return List.copyOf(drafts.values());
    }

    public Optional<Collection> collection(String id) {
        return Optional.ofNullable(collections.get(id));
    }

    public Optional<Product> product(String id) {
        return Optional.ofNullable(products.get(id));
    }

    public Optional<Customer> customer(String id) {
        return Optional.ofNullable(customers.get(id));
    }

    public Optional<Order> order(String id) {
        return Optional.ofNullable(orders.get(id));
    }

    public Optional<DraftOrder> draft(String id) {
        return Optional.ofNullable(drafts.get(id));
    }

    /** The stock of one SKU at the shop's single warehouse; quantity null where stock is not tracked. */
    public Optional<InventoryLevel> inventory(String sku) {
        return Optional.ofNullable(inventory.get(sku));
    }

    private static <T> List<T> newestFirst(
            List<T> values, Function<T, OffsetDateTime> createdAt, Function<T, String> id) {
        return values.stream()
                .sorted(Comparator.comparing(createdAt).reversed().thenComparing(id))
                .toList();
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, InventoryLevel> inventory(List<Product> products) {
        Map<String, InventoryLevel> levels = new LinkedHashMap<>();
        for (Product product : products) {
            for (ProductVariant variant : product.variants()) {
                levels.put(
                        variant.sku(),
                        new InventoryLevel(
                                variant.sku(),
                                variant.inventoryQuantity(),
                                DemoSettingsFactory.WAREHOUSE_ID,
                                product.id(),
                                variant.id()));
            }
        }
        return levels;
    }
}
