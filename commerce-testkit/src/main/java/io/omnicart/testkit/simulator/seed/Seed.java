package io.omnicart.testkit.simulator.seed;

import java.util.List;

/**
 * A platform-neutral description of a small store, for {@code UpstreamSimulator.seed(…)}. Entities refer to each other
 * by natural keys, never by platform ids: collections and products by handle, variants by SKU, customers by email,
 * regions by currency code, orders and draft orders by a test-chosen key. Currency codes are ISO 4217 (any case);
 * amounts are major units.
 *
 * <p>The first region is the store's default; the store supports every region's currency.
 */
public record Seed(
        String storeName,
        List<SeedRegion> regions,
        List<SeedCollection> collections,
        List<SeedProduct> products,
        List<SeedCustomer> customers,
        List<SeedOrder> orders,
        List<SeedDraftOrder> draftOrders) {

    public Seed {
        regions = List.copyOf(regions);
        collections = List.copyOf(collections);
        products = List.copyOf(products);
        customers = List.copyOf(customers);
        orders = List.copyOf(orders);
        draftOrders = List.copyOf(draftOrders);
    }

    /** A store with a name and nothing else. */
    public static Seed empty(String storeName) {
        return new Seed(storeName, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Seed withRegions(List<SeedRegion> value) {
        return new Seed(storeName, value, collections, products, customers, orders, draftOrders);
    }

    public Seed withCollections(List<SeedCollection> value) {
        return new Seed(storeName, regions, value, products, customers, orders, draftOrders);
    }

    public Seed withProducts(List<SeedProduct> value) {
        return new Seed(storeName, regions, collections, value, customers, orders, draftOrders);
    }

    public Seed withCustomers(List<SeedCustomer> value) {
        return new Seed(storeName, regions, collections, products, value, orders, draftOrders);
    }

    public Seed withOrders(List<SeedOrder> value) {
        return new Seed(storeName, regions, collections, products, customers, value, draftOrders);
    }

    public Seed withDraftOrders(List<SeedDraftOrder> value) {
        return new Seed(storeName, regions, collections, products, customers, orders, value);
    }

    /** The product variant with this SKU. */
    public SeedVariant variant(String sku) {
        return products.stream()
                .flatMap(product -> product.variants().stream())
                .filter(variant -> variant.sku().equals(sku))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no variant with SKU " + sku + " in the seed"));
    }

    /** The product owning the variant with this SKU. */
    public SeedProduct productOf(String sku) {
        return products.stream()
                .filter(product ->
                        product.variants().stream().anyMatch(v -> v.sku().equals(sku)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no variant with SKU " + sku + " in the seed"));
    }
}
