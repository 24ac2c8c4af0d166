package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.auth.OpenCartSessions;
import io.omnicart.adapter.opencart.client.OpenCartClients;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.support.error.CoreErrors;
import io.omnicart.core.error.CommerceException;
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
 * A self-hosted OpenCart 3.0.x, 4.0.x or 4.1.x store, connected with an API user (username and key, the gateway's IP on its
 * allow-list). OpenCart's own API can only log in and change an order's status, so the adapter uses it for exactly
 * that — status changes run OpenCart's stock, coupon and e-mail side effects as in its admin — and reads everything
 * else through the OmniCart bridge, one PHP file the merchant uploads to the store root, whose requests it signs with
 * the same API user's key (reference §10). OpenCart has no archive and no draft orders, and the bridge creates no
 * categories (it adds products to and removes them from existing ones): those operations fail with {@code UnsupportedCapability}. Publishers are cold; every failure is a
 * {@code CommerceException} made by the {@link OpenCartErrorTranslator}. Stateless; thread-safe.
 */
public final class OpenCartAdapter implements CommerceAdapter {

    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.of(
            Capability.ORDERS_READ,
            Capability.ORDER_COMPLETE,
            Capability.ORDER_CANCEL,
            Capability.ORDER_SHIP,
            Capability.PRODUCTS_READ,
            Capability.INVENTORY_READ,
            Capability.INVENTORY_WRITE,
            Capability.CUSTOMERS_READ,
            Capability.COLLECTIONS_READ,
            Capability.COLLECTION_PRODUCTS_WRITE,
            Capability.OVERVIEW,
            Capability.SETTINGS,
            Capability.PASSTHROUGH,
            Capability.EVENTS));

    private final OpenCartErrorTranslator errors;
    private final OpenCartOrders orders;
    private final OpenCartOrderActions actions;
    private final OpenCartCatalog catalog;
    private final OpenCartInventory inventory;
    private final OpenCartCustomers customers;
    private final OpenCartCollections collections;
    private final OpenCartStore storeInfo;
    private final OpenCartPassthrough passthrough;
    private final OpenCartChanges changes;

    /** {@code webClient} should come from Spring's builder, so the gateway's HTTP limits and address checks apply. */
    public OpenCartAdapter(WebClient webClient, TokenCache tokenCache, OpenCartSettingsValues settings, Clock clock) {
        this.errors = new OpenCartErrorTranslator(clock);
        OpenCartClients clients = OpenCartClients.create(webClient, errors, clock);
        OpenCartSessions sessions =
                new OpenCartSessions(tokenCache, clients.nativeApi(), errors, clock, settings.sessionTtl());
        OpenCartPager pager = new OpenCartPager(settings);
        this.orders = new OpenCartOrders(clients.bridge(), pager);
        this.actions = new OpenCartOrderActions(orders, clients.bridge(), clients.nativeApi(), sessions);
        this.catalog = new OpenCartCatalog(clients.bridge(), pager);
        this.inventory = new OpenCartInventory(clients.bridge(), settings);
        this.customers = new OpenCartCustomers(clients.bridge(), pager, orders);
        this.collections = new OpenCartCollections(clients.bridge(), pager, catalog);
        this.storeInfo = new OpenCartStore(clients.nativeApi(), clients.bridge(), clock);
        this.passthrough = new OpenCartPassthrough(sessions, clock);
        this.changes = new OpenCartChanges(clients.bridge());
    }

    @Override
    public Platform platform() {
        return Platform.OPENCART;
    }

    /** Everything but archive, draft orders and creating, renaming or deleting categories, which OpenCart (and the bridge) cannot do. */
    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    /** See {@link OpenCartPassthrough}: a bridge signature for the bridge file, the native session otherwise. */
    @Override
    public Mono<RawAuthorization> authorizeRaw(StoreConnection store, RawRequest request) {
        return guard(() -> passthrough.authorize(store, request));
    }

    @Override
    public Mono<Void> rawRejected(StoreConnection store, RawAuthorization rejected) {
        return guard(() -> passthrough.rejected(store, rejected));
    }

    /** Orders so far: the bridge's order list filters and sorts by date_modified. */
    @Override
    public Set<ChangeResource> changeResources() {
        return OpenCartChanges.RESOURCES;
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
        return unsupported(Capability.ORDER_ARCHIVE);
    }

    @Override
    public Mono<Order> createShipment(StoreConnection store, String orderId, CreateShipmentCommand command) {
        return guard(() -> actions.ship(store, orderId, command));
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
        return unsupported(Capability.COLLECTIONS_WRITE);
    }

    @Override
    public Mono<Collection> updateCollection(
            StoreConnection store, String collectionId, UpdateCollectionCommand command) {
        return unsupported(Capability.COLLECTIONS_WRITE);
    }

    @Override
    public Mono<Void> deleteCollection(StoreConnection store, String collectionId) {
        return unsupported(Capability.COLLECTIONS_WRITE);
    }

    @Override
    public Mono<Page<Product>> listCollectionProducts(StoreConnection store, String collectionId, PageRequest page) {
        return guard(() -> collections.products(store, collectionId, page));
    }

    @Override
    public Mono<Collection> updateCollectionProducts(
            StoreConnection store, String collectionId, CollectionProductsCommand command) {
        return guard(() -> collections.updateProducts(store, collectionId, command));
    }

    @Override
    public Mono<Page<DraftOrder>> listDraftOrders(StoreConnection store, PageRequest page) {
        return unsupported(Capability.DRAFT_ORDERS_READ);
    }

    @Override
    public Mono<DraftOrder> getDraftOrder(StoreConnection store, String draftOrderId) {
        return unsupported(Capability.DRAFT_ORDERS_READ);
    }

    @Override
    public Mono<DraftOrder> createDraftOrder(StoreConnection store, CreateDraftOrderCommand command) {
        return unsupported(Capability.DRAFT_ORDERS_WRITE);
    }

    @Override
    public Mono<Void> deleteDraftOrder(StoreConnection store, String draftOrderId) {
        return unsupported(Capability.DRAFT_ORDERS_WRITE);
    }

    @Override
    public Mono<Order> convertDraftOrder(StoreConnection store, String draftOrderId) {
        return unsupported(Capability.DRAFT_ORDERS_WRITE);
    }

    @Override
    public Mono<StoreInfo> verify(StoreConnection store) {
        return guard(() -> storeInfo.verify(store))
                .onErrorMap(CommerceException.class, OpenCartErrorTranslator::forVerification);
    }

    @Override
    public Mono<StoreOverview> overview(StoreConnection store, OverviewQuery query) {
        return guard(() -> storeInfo.overview(store, query));
    }

    @Override
    public Mono<StoreSettings> settings(StoreConnection store) {
        return guard(() -> storeInfo.settings(store));
    }

    private static <T> Mono<T> unsupported(Capability capability) {
        return Mono.error(() -> OpenCartErrorTranslator.unsupported(capability));
    }

    /** Anything not yet a core error (a value the model cannot hold, a decoding slip) leaves as one. */
    private <T> Mono<T> guard(Supplier<Mono<T>> call) {
        return CoreErrors.guard(call, errors::fromTransport);
    }
}
