package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.auth.MedusaTokenProvider;
import io.omnicart.adapter.medusa.client.MedusaCalls;
import io.omnicart.adapter.medusa.client.MedusaCatalogClient;
import io.omnicart.adapter.medusa.client.MedusaClient;
import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
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
 * The Medusa v2 store ("your OmniCart store"), over its Admin API with a secret API key or an admin user's JWT. Every
 * operation of the SPI is supported. Publishers are cold; every failure is a {@code CommerceException} made by the
 * {@link MedusaErrorTranslator}. Stateless apart from a short overview cache; thread-safe.
 */
public final class MedusaAdapter implements CommerceAdapter {

    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.allOf(Capability.class));
    private static final String AUTHORIZATION = "Authorization";

    private final MedusaErrorTranslator errors;
    private final MedusaTokenProvider tokens;
    private final MedusaOrders orders;
    private final MedusaOrderActions actions;
    private final MedusaShipments shipments;
    private final MedusaCatalog catalog;
    private final MedusaInventory inventory;
    private final MedusaCustomers customers;
    private final MedusaCollections collections;
    private final MedusaDraftOrders drafts;
    private final MedusaStoreInfo storeInfo;
    private final MedusaOverview overview;
    private final MedusaChanges changes;

    /** {@code webClient} should come from Spring's builder, so the gateway's HTTP limits and address checks apply. */
    public MedusaAdapter(WebClient webClient, TokenCache tokenCache, MedusaSettings settings, Clock clock) {
        MedusaCalls calls = new MedusaCalls(webClient, tokenCache, clock, settings.tokenTtl());
        MedusaClient client = new MedusaClient(calls);
        MedusaCatalogClient catalogClient = new MedusaCatalogClient(calls);
        MedusaPager pager = new MedusaPager(settings);
        this.errors = new MedusaErrorTranslator(clock);
        this.tokens = calls.tokens();
        this.orders = new MedusaOrders(client, pager);
        this.actions = new MedusaOrderActions(client, orders);
        this.shipments = new MedusaShipments(client, orders);
        this.catalog = new MedusaCatalog(catalogClient, pager);
        this.inventory = new MedusaInventory(catalogClient, pager, settings);
        this.customers = new MedusaCustomers(client, pager, orders);
        this.collections = new MedusaCollections(catalogClient, pager, catalog);
        this.drafts = new MedusaDraftOrders(client, catalogClient, pager, orders);
        this.storeInfo = new MedusaStoreInfo(client, pager);
        this.overview = new MedusaOverview(client, catalogClient, storeInfo, settings, clock);
        this.changes = new MedusaChanges(client, catalogClient);
    }

    @Override
    public Platform platform() {
        return Platform.MEDUSA;
    }

    /** Everything, passthrough included: Medusa has an Admin API route for every operation. */
    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    /** The account's Basic key or cached admin JWT as {@code Authorization}; Medusa takes nothing in the query. */
    @Override
    public Mono<RawAuthorization> authorizeRaw(StoreConnection store, RawRequest request) {
        return guard(
                () -> tokens.rawAuthorization(store).map(header -> RawAuthorization.header(AUTHORIZATION, header)));
    }

    /** Forgets the rejected JWT, so the next raw request logs in again; a secret key has nothing to forget. */
    @Override
    public Mono<Void> rawRejected(StoreConnection store, RawAuthorization rejected) {
        String header = rejected.headers().get(AUTHORIZATION);
        return header == null ? Mono.empty() : guard(() -> tokens.rawRejected(store, header));
    }

    @Override
    public Set<ChangeResource> changeResources() {
        return MedusaChanges.RESOURCES;
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
        return guard(() -> collections.create(store, command));
    }

    @Override
    public Mono<Collection> updateCollection(
            StoreConnection store, String collectionId, UpdateCollectionCommand command) {
        return guard(() -> collections.update(store, collectionId, command));
    }

    @Override
    public Mono<Void> deleteCollection(StoreConnection store, String collectionId) {
        return guard(() -> collections.delete(store, collectionId));
    }

    @Override
    public Mono<Page<Product>> listCollectionProducts(StoreConnection store, String collectionId, PageRequest page) {
        return guard(() -> collections.products(store, collectionId, page));
    }

    @Override
    public Mono<Collection> updateCollectionProducts(
            StoreConnection store, String collectionId, CollectionProductsCommand command) {
        return guard(() -> collections.changeProducts(store, collectionId, command));
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
