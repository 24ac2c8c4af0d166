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
 * Fills an {@link OmniumStore} from a neutral {@link Seed}, shaped the way real tenants look (reference §10, "Learned
 * while building the adapter"):
 *
 * <ul>
 *   <li>four stores, all warehouses: the web store {@code webshop} (primary store, primary web warehouse: the default
 *       location, where the seed's stock lives), a web warehouse {@code web-us} for the American markets, the shop
 *       {@code store-berlin} and the distribution centre {@code dc-central};
 *   <li>one market per seeded country (market id = the country code, e.g. {@code DE}; {@code <CC>-<CUR>} when a country
 *       appears in two regions) in the currency of its region, all in one market group {@code web} that therefore spans
 *       every currency (the first market of a currency is the seeded region id); prices are per market group and
 *       currency;
 *   <li>categories, products with stock as inventory items at {@code webshop} (seeded stock minus units shipped by
 *       seeded orders, open orders reserving theirs), and besides it {@link #FLOOR_STOCK} in the shop and the
 *       distribution centre, so some SKUs are stocked in several warehouses;
 *   <li>customers, orders ({@code 100001}…) and carts ({@code C1}…).
 * </ul>
 */
final class OmniumSeeder {

    static final String STORE_ID = "webshop";
    static final String MARKET_GROUP = "web";
    static final String SHOP_ID = "store-berlin";
    static final String DC_ID = "dc-central";
    static final String US_WAREHOUSE_ID = "web-us";

    /**
     * Stock the standard seed's sneakers and beanies also have outside the web warehouse. SKUs a seed lacks (or does
     * not track) are skipped.
     */
    static final List<FloorStock> FLOOR_STOCK = List.of(
            new FloorStock("SNK-42", SHOP_ID, 2),
            new FloorStock("SNK-44", SHOP_ID, 2),
            new FloorStock("SNK-44", DC_ID, 12),
            new FloorStock("BEANIE-GRY", SHOP_ID, 4),
            new FloorStock("BEANIE-NVY", DC_ID, 30));

    /**
     * VAT in percent of the seeded European countries (a market's {@code defaultTaxRate}); other markets sell without
     * tax in the price, as North American ones do.
     */
    private static final Map<String, BigDecimal> VAT = Map.of(
            "DE", BigDecimal.valueOf(19),
            "FR", BigDecimal.valueOf(20),
            "NL", BigDecimal.valueOf(21),
            "IT", BigDecimal.valueOf(22),
            "ES", BigDecimal.valueOf(21),
            "DK", BigDecimal.valueOf(25),
            "SE", BigDecimal.valueOf(25),
            "GB", BigDecimal.valueOf(20));

    static BigDecimal vat(@Nullable String country) {
        return country == null ? BigDecimal.ZERO : VAT.getOrDefault(country.toUpperCase(Locale.ROOT), BigDecimal.ZERO);
    }

    /** {@code units} of {@code sku} on hand at {@code warehouse}. */
    record FloorStock(String sku, String warehouse, int units) {}

    private static final int FIRST_ORDER_NUMBER = 100_001;

    private final OmniumStore store;
    private final Instant now;

    OmniumSeeder(OmniumStore store, Instant now) {
        this.store = store;
        this.now = now;
    }

    /** The id of a market without a country: {@code M-<CURRENCY>}. */
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
        floorStock(seed, created);
        OmniumOrderWriter writer = new OmniumOrderWriter(seed, markets);
        orders(seed, writer, customers, ids);
        carts(seed, writer, customers, ids);
        return ids.build();
    }

    private void floorStock(Seed seed, String created) {
        List<String> tracked = seed.products().stream()
                .flatMap(product -> product.variants().stream())
                .filter(variant -> variant.stock() != null)
                .map(SeedVariant::sku)
                .toList();
        FLOOR_STOCK.stream()
                .filter(floor -> tracked.contains(floor.sku()))
                .forEach(floor -> store.inventory()
                        .put(
                                floor.sku(),
                                floor.warehouse(),
                                BigDecimal.valueOf(floor.units()),
                                BigDecimal.ZERO,
                                created));
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
        ObjectNode web = store(stores, STORE_ID, name, created);
        web.put("isWebWarehouse", true);
        web.put("isPrimaryWarehouse", true);
        web.put("isPrimaryStore", true);
        web.put("isVirtual", true);
        ObjectNode us = store(stores, US_WAREHOUSE_ID, name + " US warehouse", created);
        us.put("isWebWarehouse", true);
        us.putArray("availableOnMarkets").add("US").add("CA");
        ObjectNode shop = store(stores, SHOP_ID, "Berlin shop", created);
        shop.put("isPublicVisible", true);
        shop.put("defaultOrderType", OmniumOrderTypes.CLICK_AND_COLLECT);
        shop.putArray("availableOnMarkets").add("DE");
        store(stores, DC_ID, "Central distribution centre", created);
        return stores;
    }

    /** A warehouse that is neither web nor primary, not public, on every market; callers set what differs. */
    private static ObjectNode store(ArrayNode stores, String id, String name, String created) {
        ObjectNode store = stores.addObject();
        store.put("id", id);
        store.put("name", name);
        store.put("isWarehouse", true);
        store.put("isWebWarehouse", false);
        store.put("isPrimaryWarehouse", false);
        store.put("isPrimaryStore", false);
        store.put("isPublicVisible", false);
        store.put("isInactive", false);
        store.put("isVirtual", false);
        store.put("defaultOrderType", OmniumOrderTypes.ONLINE);
        store.putArray("availableOnMarkets");
        store.putArray("availableWarehouses").add(id);
        store.putArray("externalIds");
        store.putArray("properties");
        store.put("created", created);
        store.put("modified", created);
        return store;
    }

    private Markets markets(Seed seed, SeededStore.Builder ids) {
        ArrayNode marketArray = OmniumJson.array();
        ArrayNode groups = OmniumJson.array();
        ObjectNode group = groups.addObject();
        group.put("groupId", MARKET_GROUP);
        group.put("groupName", seed.storeName());
        ArrayNode members = group.putArray("marketIds");
        Markets markets = new Markets();
        for (SeedRegion region : seed.regions()) {
            String currency = region.currency().toUpperCase(Locale.ROOT);
            List<String> countries = region.countries().isEmpty() ? List.of("") : region.countries();
            for (String country : countries) {
                String code = country.toUpperCase(Locale.ROOT);
                String id = code.isEmpty() ? marketId(currency) : code;
                if (markets.byId.containsKey(id)) {
                    id = code + "-" + currency;
                }
                market(marketArray.addObject(), id, code, currency, seed.storeName(), markets.byId.isEmpty());
                members.add(id);
                if (markets.byCurrency.getOrDefault(currency, List.of()).isEmpty()) {
                    ids.region(region.currency(), id);
                }
                markets.add(id, currency, code);
            }
        }
        store.markets(marketArray);
        store.marketGroups(groups);
        return markets;
    }

    private static void market(
            ObjectNode market, String id, String country, String currency, String groupLabel, boolean first) {
        market.put("marketId", id);
        market.put("marketName", country.isEmpty() ? id : countryName(country));
        market.put("countryCode", country.isEmpty() ? null : country);
        market.put("currency", currency);
        market.put("languageCode", OmniumCatalogWriter.LANGUAGE);
        market.put("isoLanguageCode", "en-" + (country.isEmpty() ? "US" : country));
        market.put("language", "English");
        market.put("productContentLanguage", OmniumCatalogWriter.LANGUAGE);
        market.put("defaultTaxRate", vat(country));
        market.put("isTaxExcluded", false);
        market.put("isDefaultMarket", first);
        market.put("isActive", true);
        market.put("marketType", "B2C");
        market.put("marketGroupId", MARKET_GROUP);
        market.put("marketGroupLabel", groupLabel);
        market.putArray("shipmentOptions");
        market.putArray("properties");
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
        private final Map<String, String> countryById = new HashMap<>();

        void add(String id, String currency, String country) {
            byId.put(id, currency);
            countryById.put(id, country);
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

        /** The VAT rate of a market's country, in percent. */
        BigDecimal taxRate(@Nullable String marketId) {
            return vat(marketId == null ? null : countryById.get(marketId));
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
