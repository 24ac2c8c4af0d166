package io.omnicart.adapter.demo;

import io.omnicart.adapter.demo.data.DemoDataset;
import io.omnicart.adapter.demo.data.DemoStore;
import io.omnicart.adapter.demo.query.DemoCatalogQueries;
import io.omnicart.adapter.demo.query.DemoCustomerQueries;
import io.omnicart.adapter.demo.query.DemoOrderQueries;
import io.omnicart.adapter.demo.query.DemoOverviewCalculator;
import io.omnicart.adapter.demo.query.DemoPaging;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.OverviewQuery;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductQuery;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.model.StoreSettings;
import io.omnicart.core.spi.StoreConnection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The built-in "Try Demo Mode" store: Northwind Outfitters, generated in memory and anchored to the clock's current
 * day. Every read is served from that snapshot; every write fails with {@code ReadOnlyStore} ({@code demo_read_only},
 * see {@link DemoReadOnlyAdapter}). All publishers are cold: nothing is computed before subscription.
 */
public final class DemoAdapter extends DemoReadOnlyAdapter {

    private final DemoDataset dataset;

    public DemoAdapter(Clock clock) {
        this.dataset = new DemoDataset(clock);
    }

    @Override
    public Mono<Page<OrderSummary>> listOrders(StoreConnection store, OrderQuery query) {
        return read(data -> DemoOrderQueries.list(data, query));
    }

    @Override
    public Mono<Order> getOrder(StoreConnection store, String orderId) {
        return find(data -> data.order(orderId), "order", orderId);
    }

    @Override
    public Mono<Page<Product>> listProducts(StoreConnection store, ProductQuery query) {
        return read(data -> DemoCatalogQueries.list(data, query));
    }

    @Override
    public Mono<Product> getProduct(StoreConnection store, String productId) {
        return find(data -> data.product(productId), "product", productId);
    }

    @Override
    public Flux<InventoryLevel> getInventory(StoreConnection store, List<String> skus) {
        return read(data -> DemoCatalogQueries.inventory(data, skus)).flatMapIterable(Function.identity());
    }

    @Override
    public Mono<Page<Customer>> listCustomers(StoreConnection store, CustomerQuery query) {
        return read(data -> DemoCustomerQueries.list(data, query));
    }

    @Override
    public Mono<Customer> getCustomer(StoreConnection store, String customerId) {
        return find(data -> data.customer(customerId), "customer", customerId);
    }

    @Override
    public Mono<Page<OrderSummary>> listCustomerOrders(StoreConnection store, String customerId, PageRequest page) {
        return read(data -> DemoOrderQueries.forCustomer(data, customerId, page));
    }

    @Override
    public Mono<Page<Collection>> listCollections(StoreConnection store, PageRequest page) {
        return read(data -> DemoPaging.page(data.collections(), page));
    }

    @Override
    public Mono<Collection> getCollection(StoreConnection store, String collectionId) {
        return find(data -> data.collection(collectionId), "collection", collectionId);
    }

    @Override
    public Mono<Page<Product>> listCollectionProducts(StoreConnection store, String collectionId, PageRequest page) {
        return read(data -> DemoCatalogQueries.inCollection(data, collectionId, page));
    }

    @Override
    public Mono<Page<DraftOrder>> listDraftOrders(StoreConnection store, PageRequest page) {
        return read(data -> DemoPaging.page(data.drafts(), page));
    }

    @Override
    public Mono<DraftOrder> getDraftOrder(StoreConnection store, String draftOrderId) {
        return find(data -> data.draft(draftOrderId), "draft_order", draftOrderId);
    }

    @Override
    public Mono<StoreInfo> verify(StoreConnection store) {
        return read(data -> new StoreInfo(data.settings().name()));
    }

    /** See {@link DemoOverviewCalculator} for the exact definitions of the figures. */
    @Override
    public Mono<StoreOverview> overview(StoreConnection store, OverviewQuery query) {
        return read(data -> DemoOverviewCalculator.overview(data, dataset.now(), query.window()));
    }

    @Override
    public Mono<StoreSettings> settings(StoreConnection store) {
        return read(DemoStore::settings);
    }

    private <T> Mono<T> read(Function<DemoStore, T> query) {
        return Mono.fromCallable(() -> query.apply(dataset.current()));
    }

    private <T> Mono<T> find(Function<DemoStore, Optional<T>> lookup, String resource, String id) {
        return Mono.fromCallable(() -> lookup.apply(dataset.current()).orElse(null))
                .switchIfEmpty(Mono.error(() -> DemoErrorTranslator.notFound(resource, id)));
    }
}
