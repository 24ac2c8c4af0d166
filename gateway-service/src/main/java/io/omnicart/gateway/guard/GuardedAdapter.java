package io.omnicart.gateway.guard;

import static io.omnicart.gateway.guard.UpstreamOperation.*;

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
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.RawAuthorization;
import io.omnicart.core.spi.RawRequest;
import io.omnicart.core.spi.StoreConnection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** An adapter with every call run through the {@link UpstreamGuard}; platform, capabilities and read-only kept. */
final class GuardedAdapter implements CommerceAdapter {

    private final CommerceAdapter delegate;
    private final UpstreamGuard guard;

    GuardedAdapter(CommerceAdapter delegate, UpstreamGuard guard) {
        this.delegate = delegate;
        this.guard = guard;
    }

    private <T> Mono<T> guarded(StoreConnection store, UpstreamOperation operation, Supplier<Mono<T>> call) {
        return guard.call(store, operation, call);
    }

    @Override
    public Platform platform() {
        return delegate.platform();
    }

    @Override
    public Set<Capability> capabilities() {
        return delegate.capabilities();
    }

    @Override
    public boolean readOnly() {
        return delegate.readOnly();
    }

    @Override
    public Mono<Page<OrderSummary>> listOrders(StoreConnection store, OrderQuery query) {
        return guarded(store, LIST_ORDERS, () -> delegate.listOrders(store, query));
    }

    @Override
    public Mono<Order> getOrder(StoreConnection store, String orderId) {
        return guarded(store, GET_ORDER, () -> delegate.getOrder(store, orderId));
    }

    @Override
    public Mono<Order> completeOrder(StoreConnection store, String orderId) {
        return guarded(store, COMPLETE_ORDER, () -> delegate.completeOrder(store, orderId));
    }

    @Override
    public Mono<Order> cancelOrder(StoreConnection store, String orderId, CancelOrderCommand command) {
        return guarded(store, CANCEL_ORDER, () -> delegate.cancelOrder(store, orderId, command));
    }

    @Override
    public Mono<Order> archiveOrder(StoreConnection store, String orderId) {
        return guarded(store, ARCHIVE_ORDER, () -> delegate.archiveOrder(store, orderId));
    }

    @Override
    public Mono<Order> createShipment(StoreConnection store, String orderId, CreateShipmentCommand command) {
        return guarded(store, CREATE_SHIPMENT, () -> delegate.createShipment(store, orderId, command));
    }

    @Override
    public Mono<Page<Product>> listProducts(StoreConnection store, ProductQuery query) {
        return guarded(store, LIST_PRODUCTS, () -> delegate.listProducts(store, query));
    }

    @Override
    public Mono<Product> getProduct(StoreConnection store, String productId) {
        return guarded(store, GET_PRODUCT, () -> delegate.getProduct(store, productId));
    }

    /** Collected, so a retry never repeats items already emitted. */
    @Override
    public Flux<InventoryLevel> getInventory(StoreConnection store, List<String> skus) {
        return guarded(
                        store,
                        GET_INVENTORY,
                        () -> delegate.getInventory(store, skus).collectList())
                .flatMapIterable(levels -> levels);
    }

    @Override
    public Mono<List<InventoryResult>> syncInventory(StoreConnection store, InventorySyncCommand command) {
        return guarded(store, SYNC_INVENTORY, () -> delegate.syncInventory(store, command));
    }

    @Override
    public Mono<Page<Customer>> listCustomers(StoreConnection store, CustomerQuery query) {
        return guarded(store, LIST_CUSTOMERS, () -> delegate.listCustomers(store, query));
    }

    @Override
    public Mono<Customer> getCustomer(StoreConnection store, String customerId) {
        return guarded(store, GET_CUSTOMER, () -> delegate.getCustomer(store, customerId));
    }

    @Override
    public Mono<Page<OrderSummary>> listCustomerOrders(StoreConnection store, String customerId, PageRequest page) {
        return guarded(store, LIST_CUSTOMER_ORDERS, () -> delegate.listCustomerOrders(store, customerId, page));
    }

    @Override
    public Mono<Page<Collection>> listCollections(StoreConnection store, PageRequest page) {
        return guarded(store, LIST_COLLECTIONS, () -> delegate.listCollections(store, page));
    }

    @Override
    public Mono<Collection> getCollection(StoreConnection store, String collectionId) {
        return guarded(store, GET_COLLECTION, () -> delegate.getCollection(store, collectionId));
    }

    @Override
    public Mono<Collection> createCollection(StoreConnection store, CreateCollectionCommand command) {
        return guarded(store, CREATE_COLLECTION, () -> delegate.createCollection(store, command));
    }

    @Override
    public Mono<Collection> updateCollection(
            StoreConnection store, String collectionId, UpdateCollectionCommand command) {
        return guarded(store, UPDATE_COLLECTION, () -> delegate.updateCollection(store, collectionId, command));
    }

    @Override
    public Mono<Void> deleteCollection(StoreConnection store, String collectionId) {
        return guarded(store, DELETE_COLLECTION, () -> delegate.deleteCollection(store, collectionId));
    }

    @Override
    public Mono<Page<Product>> listCollectionProducts(StoreConnection store, String collectionId, PageRequest page) {
        return guarded(
                store, LIST_COLLECTION_PRODUCTS, () -> delegate.listCollectionProducts(store, collectionId, page));
    }

    @Override
    public Mono<Collection> updateCollectionProducts(
            StoreConnection store, String collectionId, CollectionProductsCommand command) {
        return guarded(
                store,
                UPDATE_COLLECTION_PRODUCTS,
                () -> delegate.updateCollectionProducts(store, collectionId, command));
    }

    @Override
    public Mono<Page<DraftOrder>> listDraftOrders(StoreConnection store, PageRequest page) {
        return guarded(store, LIST_DRAFT_ORDERS, () -> delegate.listDraftOrders(store, page));
    }

    @Override
    public Mono<DraftOrder> getDraftOrder(StoreConnection store, String draftOrderId) {
        return guarded(store, GET_DRAFT_ORDER, () -> delegate.getDraftOrder(store, draftOrderId));
    }

    @Override
    public Mono<DraftOrder> createDraftOrder(StoreConnection store, CreateDraftOrderCommand command) {
        return guarded(store, CREATE_DRAFT_ORDER, () -> delegate.createDraftOrder(store, command));
    }

    @Override
    public Mono<Void> deleteDraftOrder(StoreConnection store, String draftOrderId) {
        return guarded(store, DELETE_DRAFT_ORDER, () -> delegate.deleteDraftOrder(store, draftOrderId));
    }

    @Override
    public Mono<Order> convertDraftOrder(StoreConnection store, String draftOrderId) {
        return guarded(store, CONVERT_DRAFT_ORDER, () -> delegate.convertDraftOrder(store, draftOrderId));
    }

    @Override
    public Mono<StoreInfo> verify(StoreConnection store) {
        return guarded(store, VERIFY, () -> delegate.verify(store));
    }

    @Override
    public Mono<StoreOverview> overview(StoreConnection store, OverviewQuery query) {
        return guarded(store, OVERVIEW, () -> delegate.overview(store, query));
    }

    @Override
    public Mono<StoreSettings> settings(StoreConnection store) {
        return guarded(store, SETTINGS, () -> delegate.settings(store));
    }

    /** Not guarded here: the passthrough route guards the raw exchange, login included, as one upstream call. */
    @Override
    public Mono<RawAuthorization> authorizeRaw(StoreConnection store, RawRequest request) {
        return delegate.authorizeRaw(store, request);
    }

    @Override
    public Mono<Void> rawRejected(StoreConnection store, RawAuthorization rejected) {
        return delegate.rawRejected(store, rejected);
    }

    @Override
    public Set<ChangeResource> changeResources() {
        return delegate.changeResources();
    }

    /** A change-feed poll takes its permit and rate-limit token like any read, so polls never starve API calls. */
    @Override
    public Mono<ChangeBatch> changes(StoreConnection store, ChangeQuery query) {
        return guarded(store, POLL_CHANGES, () -> delegate.changes(store, query));
    }
}
