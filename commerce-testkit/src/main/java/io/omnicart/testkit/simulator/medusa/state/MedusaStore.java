package io.omnicart.testkit.simulator.medusa.state;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The whole in-memory Medusa: every row by id (tree maps, so iteration is Medusa's default id order) plus the
 * singletons a fresh Medusa has (store, default sales channel, stock location, admin user, secret API key). Not
 * thread-safe: callers hold the simulator's lock.
 */
public final class MedusaStore {

    public final Clock clock;
    public final MedusaIds ids = new MedusaIds();
    public final Map<String, RegionState> regions = new TreeMap<>();
    public final Map<String, CollectionState> collections = new TreeMap<>();
    public final Map<String, ProductState> products = new TreeMap<>();
    public final Map<String, InventoryItemState> inventoryItems = new TreeMap<>();
    public final Map<String, CustomerState> customers = new TreeMap<>();
    public final Map<String, OrderState> orders = new TreeMap<>();
    public final Map<String, ApiKeyState> apiKeys = new TreeMap<>();
    private final MedusaCredentials credentials;
    private StoreState store;
    private NamedRow salesChannel;
    private NamedRow location;
    private UserState admin;
    private String shippingOptionId;
    private int lastDisplayId;

    public MedusaStore(Clock clock, MedusaCredentials credentials) {
        this.clock = clock;
        this.credentials = credentials;
        clear();
    }

    /** Back to a fresh installation: no data, default channel, location, store, admin user and secret key. */
    public void clear() {
        Stream.of(regions, collections, products, inventoryItems, customers, orders, apiKeys)
                .forEach(Map::clear);
        Instant at = now();
        lastDisplayId = 0;
        salesChannel = new NamedRow(ids.next("sc", at), "Default Sales Channel", "Created by Medusa", at);
        location = new NamedRow(ids.next("sloc", at), "Main Warehouse", null, at);
        shippingOptionId = ids.next("so", at);
        admin = new UserState(
                ids.next("user", at),
                credentials.adminEmail(),
                credentials.adminPassword(),
                ids.next("authid", at),
                at);
        store = new StoreState(
                ids.next("store", at), "Medusa Store", null, salesChannel.id(), location.id(), List.of(), at);
        ApiKeyState key = new ApiKeyState(
                ids.next("apk", at), credentials.secretApiKey(), "omnicart", "secret", admin.id(), at, null);
        apiKeys.put(key.id(), key);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public String newId(String prefix) {
        return ids.next(prefix, now());
    }

    public int nextDisplayId() {
        return ++lastDisplayId;
    }

    public StoreState store() {
        return store;
    }

    public void store(StoreState value) {
        store = value;
    }

    public NamedRow salesChannel() {
        return salesChannel;
    }

    public NamedRow location() {
        return location;
    }

    public UserState admin() {
        return admin;
    }

    public String shippingOptionId() {
        return shippingOptionId;
    }

    public Optional<RegionState> regionByCurrency(String currency) {
        String code = currency.toLowerCase(Locale.ROOT);
        return regions.values().stream()
                .filter(r -> r.currencyCode().equals(code))
                .findFirst();
    }

    public Stream<VariantState> variants() {
        return products.values().stream().flatMap(product -> product.variants.stream());
    }

    public Optional<VariantState> variant(String variantId) {
        return variants().filter(variant -> variant.id().equals(variantId)).findFirst();
    }

    public Optional<VariantState> variantBySku(String sku) {
        return variants().filter(variant -> sku.equals(variant.sku())).findFirst();
    }

    public Optional<CustomerState> customerByEmail(String email) {
        return customers.values().stream()
                .filter(c -> email.equalsIgnoreCase(c.email))
                .findFirst();
    }

    public Optional<ApiKeyState> activeSecretKey(String token) {
        return apiKeys.values().stream()
                .filter(key -> key.type().equals("secret")
                        && key.revokedAt() == null
                        && key.token().equals(token))
                .findFirst();
    }

    /** Non-draft orders, or only drafts. */
    public Stream<OrderState> orders(boolean drafts) {
        return orders.values().stream().filter(order -> order.isDraft == drafts);
    }
}
