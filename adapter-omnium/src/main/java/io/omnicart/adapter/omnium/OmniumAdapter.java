package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumCalls;
import io.omnicart.adapter.omnium.client.OmniumCatalogClient;
import io.omnicart.adapter.omnium.client.OmniumClient;
import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.support.error.CoreErrors;
import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.ChangeBatch;
import io.omnicart.core.model.ChangeQuery;
import io.omnicart.core.model.ChangeResource;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.CollectionProductsCommand;
import io.omnicart.core.model.CreateCollectionCommand;
import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.OverviewQuery;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductQuery;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.model.StoreSettings;
import io.omnicart.core.model.UpdateCollectionCommand;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.RawAuthorization;
import io.omnicart.core.spi.RawRequest;
import io.omnicart.core.spi.StoreConnection;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An Omnium OMS tenant, over its REST API with an API user's client id and secret exchanged for a bearer token.
 * Everything but collection writes is supported (categories are read-only here, see {@link OmniumCollections}).
 * Publishers are cold; every failure is a {@code CommerceException} made by the {@link OmniumErrorTranslator}. Holds
 * short per-account caches (order-type configuration, overview); thread-safe.
 */
public final class OmniumAdapter implements CommerceAdapter {

    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.of(Capability.COLLECTIONS_WRITE, Capability.COLLECTION_PRODUCTS_WRITE)));

    private final OmniumErrorTranslator errors;
    private final OmniumCalls calls;
    private final OmniumOrders orders;
    private final OmniumChanges changes;
    private final OmniumOrderActions actions;
    private final OmniumShipments shipments;
    private final OmniumCatalog catalog;
    private final OmniumInventory inventory;
    private final OmniumCustomers customers;
    private final OmniumCollections collections;
    private final OmniumDraftOrders drafts;
    private final OmniumStoreInfo storeInfo;
    private final OmniumOverview overview;

    /** {@code webClient} should come from Spring's builder, so the gateway's HTTP limits and address checks apply. */
    public OmniumAdapter(WebClient webClient, TokenCache tokenCache, OmniumSettings settings, Clock clock) {
        this.calls = new OmniumCalls(webClient, tokenCache, clock, settings.tokenTtl(), settings.tokenSkew());
        OmniumClient client = new OmniumClient(calls);
        OmniumCatalogClient catalogClient = new OmniumCatalogClient(calls);
        OmniumScanner scanner = new OmniumScanner(settings);
        OmniumStatuses statuses = new OmniumStatuses(client, settings.orderTypesTtl(), clock);
        this.errors = new OmniumErrorTranslator(clock);
        this.orders = new OmniumOrders(client, statuses, new OmniumOrderPager(client), scanner);
        this.changes = new OmniumChanges(client, statuses);
        this.actions = new OmniumOrderActions(client, orders);
        this.shipments = new OmniumShipments(client, orders);
        this.catalog = new OmniumCatalog(catalogClient, scanner);
        this.inventory = new OmniumInventory(catalogClient, settings);
        this.customers = new OmniumCustomers(catalogClient, scanner, orders);
        this.collections = new OmniumCollections(catalogClient, scanner, settings);
        this.drafts = new OmniumDraftOrders(catalogClient, scanner, orders);
        this.storeInfo = new OmniumStoreInfo(catalogClient);
        this.overview = new OmniumOverview(client, catalogClient, statuses, settings, clock);
    }

    @Override
    public Platform platform() {
        return Platform.OMNIUM;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    /** {@code Authorization: Bearer <token>} with the account's cached token (one login when there is none). */
    @Override
    public Mono<RawAuthorization> authorizeRaw(StoreConnection store, RawRequest request) {
        return guard(() -> calls.rawAuthorization(store));
    }

    /** Omnium answered 401 to a raw request: forget that token, so the next one logs in again. */
    @Override
    public Mono<Void> rawRejected(StoreConnection store, RawAuthorization rejected) {
        return guard(() -> calls.rawRejected(store, rejected));
    }

    /** Orders only so far: the order search's modifiedFrom is the delta query the feed needs. */
    @Override
    public Set<ChangeResource> changeResources() {
        return OmniumChanges.RESOURCES;
    }

    @Override
    public Mono<ChangeBatch> changes(StoreConnection store, ChangeQuery query) {
        return guard(() -> changes.changes(store, query));
    }

    @Override
    public Mono<Page<OrderSummary>> listOrders(StoreConnection store, OrderQuery query) {
        return guard(() -> orders.list(store, query));
    }

    @Override
    public Mono<Order> getOrder(StoreConnection store, String orderId) {
        return guard(() -> orders.get(store, orderId));
    }

    @Override
    public Mono<Order> completeOrder(StoreConnection store, String orderId) {
        return guard(() -> actions.complete(store, orderId));
    }

    @Override
    public Mono<Order> cancelOrder(StoreConnection store, String orderId, CancelOrderCommand command) {
        return guard(() -> actions.cancel(store, orderId, command));
    }

    @Override
    public Mono<Order> archiveOrder(StoreConnection store, String orderId) {
        return guard(() -> actions.archive(store, orderId));
    }

    @Override
    public Mono<Order> createShipment(StoreConnection store, String orderId, CreateShipmentCommand command) {
        return guard(() -> shipments.ship(store, orderId, command));
    }

    @Override
    public Mono<Page<Product>> listProducts(StoreConnection store, ProductQuery query) {
        return guard(() -> catalog.list(store, query));
    }

    @Override
    public Mono<Product> getProduct(StoreConnection store, String productId) {
        return guard(() -> catalog.get(store, productId));
    }

    @Override
    public Flux<InventoryLevel> getInventory(StoreConnection store, List<String> skus) {
        return CoreErrors.guardMany(() -> inventory.levels(store, skus), errors::fromTransport);
    }

    @Override
    public Mono<List<InventoryResult>> syncInventory(StoreConnection store, InventorySyncCommand command) {
        return guard(() -> inventory.sync(store, command));
    }

    @Override
    public Mono<Page<Customer>> listCustomers(StoreConnection store, CustomerQuery query) {
        return guard(() -> customers.list(store, query));
    }

    @Override
    public Mono<Customer> getCustomer(StoreConnection store, String customerId) {
        return guard(() -> customers.get(store, customerId));
    }

    @Override
    public Mono<Page<OrderSummary>> listCustomerOrders(StoreConnection store, String customerId, PageRequest page) {
        return guard(() -> customers.orders(store, customerId, page));
    }

    @Override
    public Mono<Page<Collection>> listCollections(StoreConnection store, PageRequest page) {
        return guard(() -> collections.list(store, page));
    }

    @Override
    public Mono<Collection> getCollection(StoreConnection store, String collectionId) {
        return guard(() -> collections.get(store, collectionId));
    }

    @Override
    public Mono<Collection> createCollection(StoreConnection store, CreateCollectionCommand command) {
        return OmniumCollections.unsupported();
    }

    @Override
    public Mono<Collection> updateCollection(
            StoreConnection store, String collectionId, UpdateCollectionCommand command) {
        return OmniumCollections.unsupported();
    }

    @Override
    public Mono<Void> deleteCollection(StoreConnection store, String collectionId) {
        return OmniumCollections.unsupported();
    }

    @Override
    public Mono<Page<Product>> listCollectionProducts(StoreConnection store, String collectionId, PageRequest page) {
        return guard(() -> collections.products(store, collectionId, page));
    }

    @Override
    public Mono<Collection> updateCollectionProducts(
            StoreConnection store, String collectionId, CollectionProductsCommand command) {
        return OmniumCollections.unsupported(Capability.COLLECTION_PRODUCTS_WRITE);
    }

    @Override
    public Mono<Page<DraftOrder>> listDraftOrders(StoreConnection store, PageRequest page) {
        return guard(() -> drafts.list(store, page));
    }

    @Override
    public Mono<DraftOrder> getDraftOrder(StoreConnection store, String draftOrderId) {
        return guard(() -> drafts.get(store, draftOrderId));
    }

    @Override
    public Mono<DraftOrder> createDraftOrder(StoreConnection store, CreateDraftOrderCommand command) {
        return guard(() -> drafts.create(store, command));
    }

    @Override
    public Mono<Void> deleteDraftOrder(StoreConnection store, String draftOrderId) {
        return guard(() -> drafts.delete(store, draftOrderId));
    }

    @Override
    public Mono<Order> convertDraftOrder(StoreConnection store, String draftOrderId) {
        return guard(() -> drafts.convert(store, draftOrderId));
    }

    @Override
    public Mono<StoreInfo> verify(StoreConnection store) {
        return guard(() -> storeInfo.verify(store));
    }

    @Override
    public Mono<StoreOverview> overview(StoreConnection store, OverviewQuery query) {
        return guard(() -> overview.overview(store, query));
    }

    @Override
    public Mono<StoreSettings> settings(StoreConnection store) {
        return guard(() -> storeInfo.settings(store));
    }

    /** Anything not yet a core error (a value the model cannot hold, a decoding slip) leaves as one. */
    private <T> Mono<T> guard(Supplier<Mono<T>> call) {
        return CoreErrors.guard(call, errors::fromTransport);
    }
}
