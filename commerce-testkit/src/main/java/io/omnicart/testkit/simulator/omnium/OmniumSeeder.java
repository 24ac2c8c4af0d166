package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeedCollection;
import io.omnicart.testkit.simulator.seed.SeedCustomer;
import io.omnicart.testkit.simulator.seed.SeedDraftOrder;
import io.omnicart.testkit.simulator.seed.SeedOrder;
import io.omnicart.testkit.simulator.seed.SeedRegion;
import io.omnicart.testkit.simulator.seed.SeededOrder;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Fills an {@link OmniumStore} from a neutral {@link Seed}: one web store, a market per region, orders. */
final class OmniumSeeder {

    static final String STORE_ID = "webshop";
    private static final int FIRST_ORDER_NUMBER = 100_001;

    private final OmniumStore store;

    OmniumSeeder(OmniumStore store) {
        this.store = store;
    }

    static String marketId(String currency) {
        return "M-" + currency.toUpperCase(Locale.ROOT);
    }

    SeededStore seed(Seed seed) {
        SeededStore.Builder ids = SeededStore.builder(seed, STORE_ID, STORE_ID);
        store.stores(stores(seed.storeName()));
        store.markets(markets(seed, ids));
        store.categories(categories(seed, ids));
        Map<String, String> customers = customers(seed, ids);
        seed.products().forEach(product -> {
            ObjectNode written = OmniumCatalogWriter.product(product);
            store.putProduct(written);
            ids.product(product.handle(), written.get("id").asString());
            product.variants().forEach(variant -> ids.variant(variant.sku(), variant.sku()));
        });
        OmniumOrderWriter writer = new OmniumOrderWriter(seed);
        orders(seed, writer, customers, ids);
        carts(seed, writer, customers, ids);
        return ids.build();
    }

    private void orders(Seed seed, OmniumOrderWriter writer, Map<String, String> customers, SeededStore.Builder ids) {
        int number = FIRST_ORDER_NUMBER;
        for (SeedOrder source : seed.orders()) {
            String id = Integer.toString(number++);
            ObjectNode order = writer.write(id, source, customerId(customers, source.customerEmail()));
            store.putOrder(order);
            ids.order(seeded(source.key(), id, order, source.currency()));
        }
    }

    private void carts(Seed seed, OmniumOrderWriter writer, Map<String, String> customers, SeededStore.Builder ids) {
        int number = 1;
        for (SeedDraftOrder draft : seed.draftOrders()) {
            String id = "C" + number++;
            ObjectNode cart = writer.cart(id, draft, customerId(customers, draft.customerEmail()));
            store.putCart(cart);
            ids.draftOrder(seeded(draft.key(), id, cart, draft.currency()));
        }
    }

    private static @Nullable String customerId(Map<String, String> customers, @Nullable String email) {
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

    private static ArrayNode categories(Seed seed, SeededStore.Builder ids) {
        ArrayNode categories = OmniumJson.array();
        for (SeedCollection collection : seed.collections()) {
            ObjectNode category = categories.addObject();
            category.put("categoryId", collection.handle());
            category.put("name", collection.title());
            category.put("language", OmniumCatalogWriter.LANGUAGE);
            category.putNull("parentId");
            ids.collection(collection.handle(), collection.handle());
        }
        return categories;
    }

    private static ArrayNode stores(String name) {
        ArrayNode stores = OmniumJson.array();
        ObjectNode store = stores.addObject();
        store.put("id", STORE_ID);
        store.put("name", name);
        store.put("isWarehouse", true);
        store.put("isWebWarehouse", true);
        store.put("isInactive", false);
        store.put("defaultOrderType", OmniumOrderTypes.ONLINE);
        return stores;
    }

    private static ArrayNode markets(Seed seed, SeededStore.Builder ids) {
        ArrayNode markets = OmniumJson.array();
        boolean first = true;
        for (SeedRegion region : seed.regions()) {
            ObjectNode market = markets.addObject();
            market.put("marketId", marketId(region.currency()));
            market.put("marketName", region.name());
            market.put(
                    "countryCode",
                    region.countries().isEmpty() ? null : region.countries().getFirst());
            market.put("currency", region.currency().toUpperCase(Locale.ROOT));
            market.put("isDefaultMarket", first);
            market.put("isActive", true);
            market.put("marketType", "B2C");
            ids.region(region.currency(), marketId(region.currency()));
            first = false;
        }
        return markets;
    }

    private Map<String, String> customers(Seed seed, SeededStore.Builder ids) {
        Map<String, String> byEmail = new HashMap<>();
        int number = 1;
        for (SeedCustomer customer : seed.customers()) {
            String id = String.format(Locale.ROOT, "c0000000-0000-4000-8000-%012d", number++);
            byEmail.put(customer.email().toLowerCase(Locale.ROOT), id);
            store.putCustomer(OmniumCatalogWriter.customer(customer, id));
            ids.customer(customer.email(), id);
        }
        return byEmail;
    }
}
