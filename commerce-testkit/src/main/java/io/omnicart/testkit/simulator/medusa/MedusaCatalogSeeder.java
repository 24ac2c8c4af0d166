package io.omnicart.testkit.simulator.medusa;

import io.omnicart.testkit.simulator.medusa.state.CollectionState;
import io.omnicart.testkit.simulator.medusa.state.CustomerState;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.RegionState;
import io.omnicart.testkit.simulator.medusa.state.StoreState;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeedAddress;
import io.omnicart.testkit.simulator.seed.SeedCollection;
import io.omnicart.testkit.simulator.seed.SeedCustomer;
import io.omnicart.testkit.simulator.seed.SeedProduct;
import io.omnicart.testkit.simulator.seed.SeedRegion;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Seeds regions, the store with its currencies, collections, products (via {@link MedusaProductSeeder}), customers. */
final class MedusaCatalogSeeder {

    private final MedusaStore store;
    private final SeededStore.Builder ids;
    private final Instant at;
    private final MedusaProductSeeder products;
    private final Map<String, String> collectionIds = new HashMap<>();

    MedusaCatalogSeeder(MedusaStore store, SeededStore.Builder ids, Instant at) {
        this.store = store;
        this.ids = ids;
        this.at = at;
        this.products = new MedusaProductSeeder(store, ids, at);
    }

    void seed(Seed seed) {
        seed.regions().forEach(this::region);
        seedStore(seed);
        seed.collections().forEach(this::collection);
        seed.products().forEach(product -> products.seed(product, collectionId(product)));
        seed.customers().forEach(this::customer);
    }

    private void region(SeedRegion region) {
        List<String> countries =
                region.countries().stream().map(MedusaCatalogSeeder::lower).toList();
        RegionState state = new RegionState(next("reg"), region.name(), lower(region.currency()), countries, at);
        store.regions.put(state.id(), state);
        ids.region(region.currency(), state.id());
    }

    /** The store keeps its id; its currencies are the regions' (first region's first and default). */
    private void seedStore(Seed seed) {
        StoreState old = store.store();
        List<StoreState.StoreCurrency> currencies = new ArrayList<>();
        seed.regions().stream()
                .map(region -> lower(region.currency()))
                .distinct()
                .forEach(code ->
                        currencies.add(new StoreState.StoreCurrency(next("stocur"), code, currencies.isEmpty())));
        String defaultRegion = seed.regions().isEmpty()
                ? null
                : store.regionByCurrency(seed.regions().getFirst().currency())
                        .orElseThrow()
                        .id();
        store.store(new StoreState(
                old.id(),
                seed.storeName(),
                defaultRegion,
                old.defaultSalesChannelId(),
                old.defaultLocationId(),
                currencies,
                old.createdAt()));
    }

    private void collection(SeedCollection collection) {
        CollectionState state = new CollectionState(next("pcol"), collection.title(), collection.handle(), at);
        store.collections.put(state.id, state);
        collectionIds.put(collection.handle(), state.id);
        ids.collection(collection.handle(), state.id);
    }

    private @Nullable String collectionId(SeedProduct product) {
        if (product.collectionHandle() == null) {
            return null;
        }
        String id = collectionIds.get(product.collectionHandle());
        if (id == null) {
            throw new IllegalArgumentException(product.handle() + " refers to collection " + product.collectionHandle()
                    + ", which the seed lacks");
        }
        return id;
    }

    private void customer(SeedCustomer seed) {
        CustomerState customer = new CustomerState(next("cus"), seed.email(), seed.registered(), null, at);
        customer.firstName = seed.firstName();
        customer.lastName = seed.lastName();
        customer.phone = seed.phone();
        customer.companyName = seed.company();
        for (SeedAddress address : seed.addresses()) {
            boolean first = customer.addresses.isEmpty();
            customer.addresses.add(new CustomerState.AddressState(
                    next("cuaddr"), customer.id, null, first, first, MedusaSeedOrders.fields(address), at));
        }
        store.customers.put(customer.id, customer);
        ids.customer(seed.email(), customer.id);
    }

    private String next(String prefix) {
        return store.ids.next(prefix, at);
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
