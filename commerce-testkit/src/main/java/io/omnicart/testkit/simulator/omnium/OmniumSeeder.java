package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeedCollection;
import io.omnicart.testkit.simulator.seed.SeedCustomer;
import io.omnicart.testkit.simulator.seed.SeedDraftOrder;
import io.omnicart.testkit.simulator.seed.SeedOrder;
import io.omnicart.testkit.simulator.seed.SeedProduct;
import io.omnicart.testkit.simulator.seed.SeedProductStatus;
import io.omnicart.testkit.simulator.seed.SeedRegion;
import io.omnicart.testkit.simulator.seed.SeedVariant;
import io.omnicart.testkit.simulator.seed.SeededOrder;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills an {@link OmniumStore} from a neutral {@link Seed}. One web store that is also the warehouse; per seeded region
 * a market group ({@code M-<CUR>}, the seeded region id) holding one market per country (market id = the country code,
 * e.g. {@code DE}; {@code <CC>-<CUR>} when a country appears in two regions); categories, products with stock as
 * inventory items (seeded stock minus units shipped by seeded orders, open orders reserving theirs), customers, orders
 * ({@code 100001}…) and carts ({@code C1}…).
 */
final class OmniumSeeder {

    static final String STORE_ID = "webshop";
    private static final int FIRST_ORDER_NUMBER = 100_001;

    private final OmniumStore store;
    private final Instant now;

    OmniumSeeder(OmniumStore store, Instant now) {
        this.store = store;
        this.now = now;
    }

    /** The market group id of a region: {@code M-<CURRENCY>} (also the seeded region id). */
    static String marketId(String currency) {
        return "M-" + currency.toUpperCase(Locale.ROOT);
    }

    SeededStore seed(Seed seed) {
        SeededStore.Builder ids = SeededStore.builder(stored(seed), STORE_ID, STORE_ID);
        String created = OmniumJson.time(now.minus(Duration.ofDays(90)));
        store.stores(stores(seed.storeName(), created));
        Markets markets = markets(seed, ids);
        Map<String, String> categoryNames = categories(seed, ids, created);
        Map<String, ObjectNode> customers = customers(seed, ids, markets, created);
        for (SeedProduct product : seed.products()) {
            ObjectNode written = OmniumCatalogWriter.product(product, categoryNames, created);
            store.putProduct(written);
            ids.product(product.handle(), written.get("productId").asString());
            for (SeedVariant variant : product.variants()) {
                ids.variant(variant.sku(), variant.sku());
                ids.inventoryItem(variant.sku(), variant.sku());
                if (variant.stock() != null) {
                    store.inventory()
                            .put(
                                    variant.sku(),
                                    STORE_ID,
                                    BigDecimal.valueOf(variant.stock()),
                                    BigDecimal.ZERO,
                                    created);
                }
            }
        }
        OmniumOrderWriter writer = new OmniumOrderWriter(seed, markets);
        orders(seed, writer, customers, ids);
        carts(seed, writer, customers, ids);
        return ids.build();
    }

    /**
     * The seed as Omnium stores it: a product is active or not ({@code status} is only Published or Deleted), so the
     * proposed and rejected products of a seed are stored, and read back, as drafts.
     */
    private static Seed stored(Seed seed) {
        return seed.withProducts(seed.products().stream()
                .map(product -> product.status() == SeedProductStatus.PUBLISHED
                        ? product
                        : new SeedProduct(
                                product.handle(),
                                product.title(),
                                product.subtitle(),
                                product.description(),
                                SeedProductStatus.DRAFT,
                                product.thumbnail(),
                                product.images(),
                                product.collectionHandle(),
                                product.options(),
                                product.variants()))
                .toList());
    }

    private void orders(
            Seed seed, OmniumOrderWriter writer, Map<String, ObjectNode> customers, SeededStore.Builder ids) {
        int number = FIRST_ORDER_NUMBER;
        for (SeedOrder source : seed.orders()) {
            String id = Integer.toString(number++);
            ObjectNode order = writer.write(id, source, customer(customers, source.customerEmail()));
            store.putOrder(order);
            moveStock(order);
            ids.order(seeded(source.key(), id, order, source.currency()));
        }
    }

    /** Shipped units leave the warehouse; units of open orders not yet shipped are reserved. */
    private void moveStock(ObjectNode order) {
        String status = order.get("status").asString();
        boolean open = !status.equals(OmniumOrderTypes.COMPLETED) && !status.equals(OmniumOrderTypes.CANCELED);
        String at = order.get("modified").asString();
        for (JsonNode line : order.path("orderForm").path("lineItems").values()) {
            String sku = line.get("code").asString();
            BigDecimal delivered = line.path("deliveredQuantity").decimalValue();
            if (open) {
                BigDecimal outstanding = line.path("quantity")
                        .decimalValue()
                        .subtract(line.path("canceledQuantity").decimalValue());
                store.inventory().reserve(sku, outstanding, at);
            }
            if (delivered.signum() > 0) {
                store.inventory().deduct(sku, delivered, at);
            }
        }
    }

    private void carts(
            Seed seed, OmniumOrderWriter writer, Map<String, ObjectNode> customers, SeededStore.Builder ids) {
        int number = 1;
        for (SeedDraftOrder draft : seed.draftOrders()) {
            String id = "C" + number++;
            ObjectNode cart = writer.cart(id, draft, customer(customers, draft.customerEmail()));
            store.putCart(cart);
            ids.draftOrder(seeded(draft.key(), id, cart, draft.currency()));
        }
    }

    private static @Nullable ObjectNode customer(Map<String, ObjectNode> customers, @Nullable String email) {
        return email == null ? null : customers.get(email.toLowerCase(Locale.ROOT));
    }

    private static SeededOrder seeded(String key, String id, ObjectNode order, String currency) {
        BigDecimal total = order.path("orderForm").path("total").decimalValue();
        return new SeededOrder(key, id, id, total, currency.toUpperCase(Locale.ROOT));
    }

    /** Adds {@code count} minimal orders ({@code B0000001}, …), one second apart from {@code firstCreated}. */
    void bulk(int count, Instant firstCreated) {
        for (int index = 1; index <= count; index++) {
            String id = String.format(Locale.ROOT, "B%07d", index);
            store.putOrder(OmniumOrderWriter.bulk(id, OmniumJson.time(firstCreated.plusSeconds(index))));
        }
    }

    private Map<String, String> categories(Seed seed, SeededStore.Builder ids, String created) {
        Map<String, String> names = new HashMap<>();
        int index = 0;
        for (SeedCollection collection : seed.collections()) {
            store.putCategory(OmniumCatalogWriter.category(collection, index++, created));
            names.put(collection.handle(), collection.title());
            ids.collection(collection.handle(), collection.handle());
        }
        return names;
    }

    private static ArrayNode stores(String name, String created) {
        ArrayNode stores = OmniumJson.array();
        ObjectNode store = stores.addObject();
        store.put("id", STORE_ID);
        store.put("name", name);
        store.put("isWarehouse", true);
        store.put("isWebWarehouse", true);
        store.put("isPrimaryWarehouse", true);
        store.put("isPrimaryStore", true);
        store.put("isPublicVisible", false);
        store.put("isInactive", false);
        store.put("isVirtual", true);
        store.put("defaultOrderType", OmniumOrderTypes.ONLINE);
        store.putArray("availableOnMarkets");
        store.putArray("availableWarehouses").add(STORE_ID);
        store.putArray("externalIds");
        store.putArray("properties");
        store.put("created", created);
        store.put("modified", created);
        return stores;
    }

    private Markets markets(Seed seed, SeededStore.Builder ids) {
        ArrayNode marketArray = OmniumJson.array();
        ArrayNode groups = OmniumJson.array();
        Markets markets = new Markets();
        boolean first = true;
        for (SeedRegion region : seed.regions()) {
            String currency = region.currency().toUpperCase(Locale.ROOT);
            String groupId = marketId(currency);
            ObjectNode group = groups.addObject();
            group.put("groupId", groupId);
            group.put("groupName", region.name());
            ArrayNode members = group.putArray("marketIds");
            List<String> countries = region.countries().isEmpty() ? List.of("") : region.countries();
            for (String country : countries) {
                String code = country.toUpperCase(Locale.ROOT);
                String id = code.isEmpty() ? groupId : code;
                if (markets.byId.containsKey(id)) {
                    id = code + "-" + currency;
                }
                ObjectNode market = marketArray.addObject();
                market.put("marketId", id);
                market.put("marketName", code.isEmpty() ? region.name() : countryName(code));
                market.put("countryCode", code.isEmpty() ? null : code);
                market.put("currency", currency);
                market.put("languageCode", OmniumCatalogWriter.LANGUAGE);
                market.put("isoLanguageCode", "en-" + (code.isEmpty() ? "US" : code));
                market.put("language", "English");
                market.put("productContentLanguage", OmniumCatalogWriter.LANGUAGE);
                market.put("defaultTaxRate", BigDecimal.ZERO);
                market.put("isTaxExcluded", false);
                market.put("isDefaultMarket", first);
                market.put("isActive", true);
                market.put("marketType", "B2C");
                market.put("marketGroupId", groupId);
                market.put("marketGroupLabel", region.name());
                market.putArray("shipmentOptions");
                market.putArray("properties");
                members.add(id);
                markets.add(id, currency, code);
                first = false;
            }
            ids.region(region.currency(), groupId);
        }
        store.markets(marketArray);
        store.marketGroups(groups);
        return markets;
    }

    private static String countryName(String code) {
        String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    private Map<String, ObjectNode> customers(Seed seed, SeededStore.Builder ids, Markets markets, String created) {
        Map<String, ObjectNode> byEmail = new LinkedHashMap<>();
        int number = 1;
        for (SeedCustomer customer : seed.customers()) {
            String id = String.format(Locale.ROOT, "c0000000-0000-4000-8000-%012d", number);
            String customerNumber = String.format(Locale.ROOT, "K%05d", number++);
            String market = customer.addresses().isEmpty()
                    ? null
                    : markets.marketOfCountry(customer.addresses().getFirst().countryCode());
            ObjectNode written = OmniumCatalogWriter.customer(customer, id, customerNumber, market, created);
            store.putCustomer(written);
            byEmail.put(customer.email().toLowerCase(Locale.ROOT), written);
            ids.customer(customer.email(), id);
        }
        return byEmail;
    }

    /** The seeded markets by id, currency and country, to place orders in the market of their delivery country. */
    static final class Markets {
        private final Map<String, String> byId = new LinkedHashMap<>();
        private final Map<String, List<String>> byCurrency = new HashMap<>();
        private final Map<String, String> byCountryAndCurrency = new HashMap<>();

        void add(String id, String currency, String country) {
            byId.put(id, currency);
            byCurrency.computeIfAbsent(currency, ignored -> new ArrayList<>()).add(id);
            byCountryAndCurrency.putIfAbsent(country + "/" + currency, id);
        }

        /** The market of {@code country} among those in {@code currency}, else the currency's first market. */
        @Nullable
        String marketFor(String currency, @Nullable String country) {
            String cur = currency.toUpperCase(Locale.ROOT);
            if (country != null) {
                String exact = byCountryAndCurrency.get(country.toUpperCase(Locale.ROOT) + "/" + cur);
                if (exact != null) {
                    return exact;
                }
            }
            List<String> candidates = byCurrency.getOrDefault(cur, List.of());
            return candidates.isEmpty() ? null : candidates.getFirst();
        }

        @Nullable
        String marketOfCountry(String country) {
            String code = country.toUpperCase(Locale.ROOT);
            return byCountryAndCurrency.entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith(code + "/"))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }
    }
}
