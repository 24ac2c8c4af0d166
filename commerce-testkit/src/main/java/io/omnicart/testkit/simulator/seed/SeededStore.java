package io.omnicart.testkit.simulator.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platform ids a simulator gave to a {@link Seed}'s entities. Lookups by a key the seed does not define throw
 * {@link IllegalArgumentException} naming the key, so a typo fails loudly.
 */
public final class SeededStore {

    private final Seed seed;
    private final String storeId;
    private final String locationId;
    private final Map<String, Map<String, String>> ids;
    private final Map<String, SeededOrder> orders;
    private final Map<String, SeededOrder> draftOrders;

    private SeededStore(Builder builder) {
        this.seed = builder.seed;
        this.storeId = builder.storeId;
        this.locationId = builder.locationId;
        this.ids = Map.copyOf(builder.ids);
        this.orders = new LinkedHashMap<>(builder.orders);
        this.draftOrders = new LinkedHashMap<>(builder.draftOrders);
    }

    public static Builder builder(Seed seed, String storeId, String locationId) {
        return new Builder(seed, storeId, locationId);
    }

    /**
     * The seed as the platform stored it: the seed given to {@code UpstreamSimulator.seed(…)}, or a copy coerced where
     * the platform cannot hold a value exactly (timestamps at the platform's precision, a price derived from another
     * currency at the store's rate, a state the platform lacks recorded as the nearest one it has). Expectations are
     * taken from this, so a simulator must change nothing it stored faithfully.
     */
    public Seed seed() {
        return seed;
    }

    public String storeId() {
        return storeId;
    }

    /** The stock location seeded stock lives at. */
    public String locationId() {
        return locationId;
    }

    public String regionId(String currency) {
        return lookup("region", currency.toLowerCase(Locale.ROOT));
    }

    public String collectionId(String handle) {
        return lookup("collection", handle);
    }

    public String productId(String handle) {
        return lookup("product", handle);
    }

    public String variantId(String sku) {
        return lookup("variant", sku);
    }

    /** The stock-keeping record of a tracked variant (Medusa's inventory item). */
    public String inventoryItemId(String sku) {
        return lookup("inventory item", sku);
    }

    public String customerId(String email) {
        return lookup("customer", email.toLowerCase(Locale.ROOT));
    }

    public SeededOrder order(String key) {
        return find(orders, "order", key);
    }

    /** Every seeded order, in seed order. */
    public List<SeededOrder> orders() {
        return List.copyOf(orders.values());
    }

    public SeededOrder draftOrder(String key) {
        return find(draftOrders, "draft order", key);
    }

    public List<SeededOrder> draftOrders() {
        return List.copyOf(draftOrders.values());
    }

    private String lookup(String kind, String key) {
        String id = ids.getOrDefault(kind, Map.of()).get(key);
        if (id == null) {
            throw new IllegalArgumentException("no " + kind + " '" + key + "' was seeded");
        }
        return id;
    }

    private static SeededOrder find(Map<String, SeededOrder> source, String kind, String key) {
        SeededOrder order = source.get(key);
        if (order == null) {
            throw new IllegalArgumentException("no " + kind + " with key '" + key + "' was seeded");
        }
        return order;
    }

    /** Collects ids while a simulator seeds. */
    public static final class Builder {
        private final Seed seed;
        private final String storeId;
        private final String locationId;
        private final Map<String, Map<String, String>> ids = new LinkedHashMap<>();
        private final Map<String, SeededOrder> orders = new LinkedHashMap<>();
        private final Map<String, SeededOrder> draftOrders = new LinkedHashMap<>();

        private Builder(Seed seed, String storeId, String locationId) {
            this.seed = seed;
            this.storeId = storeId;
            this.locationId = locationId;
        }

        public Builder region(String currency, String id) {
            return put("region", currency.toLowerCase(Locale.ROOT), id);
        }

        public Builder collection(String handle, String id) {
            return put("collection", handle, id);
        }

        public Builder product(String handle, String id) {
            return put("product", handle, id);
        }

        public Builder variant(String sku, String id) {
            return put("variant", sku, id);
        }

        public Builder inventoryItem(String sku, String id) {
            return put("inventory item", sku, id);
        }

        public Builder customer(String email, String id) {
            return put("customer", email.toLowerCase(Locale.ROOT), id);
        }

        public Builder order(SeededOrder order) {
            orders.put(order.key(), order);
            return this;
        }

        public Builder draftOrder(SeededOrder order) {
            draftOrders.put(order.key(), order);
            return this;
        }

        public SeededStore build() {
            return new SeededStore(this);
        }

        private Builder put(String kind, String key, String id) {
            ids.computeIfAbsent(kind, ignored -> new LinkedHashMap<>()).put(key, id);
            return this;
        }
    }
}
