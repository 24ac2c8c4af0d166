package io.omnicart.gateway.guard.sim;

import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.CollectionProductsCommand;
import io.omnicart.core.model.CreateCollectionCommand;
import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.DraftOrder;
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
import io.omnicart.core.model.UpdateCollectionCommand;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/** Every operation a test adapter does not implement answers {@code UnsupportedCapability}. */
abstract class UnsupportedAdapter implements CommerceAdapter {

    private <T> Mono<T> unsupported(Capability capability) {
        return Mono.error(new UnsupportedCapability(capability, platform()));
    }

    @Override
    public Mono<io.omnicart.core.spi.RawAuthorization> authorizeRaw(
            StoreConnection store, io.omnicart.core.spi.RawRequest request) {
        return unsupported(Capability.PASSTHROUGH);
    }

    @Override
    public Mono<Page<OrderSummary>> listOrders(StoreConnection store, OrderQuery query) {
        return unsupported(Capability.ORDERS_READ);
    }

    @Override
    public Mono<Order> getOrder(StoreConnection store, String orderId) {
        return unsupported(Capability.ORDERS_READ);
    }

    @Override
    public Mono<Order> completeOrder(StoreConnection store, String orderId) {
        return unsupported(Capability.ORDER_COMPLETE);
    }

    @Override
    public Mono<Order> cancelOrder(StoreConnection store, String orderId, CancelOrderCommand command) {
        return unsupported(Capability.ORDER_CANCEL);
    }

    @Override
    public Mono<Order> archiveOrder(StoreConnection store, String orderId) {
        return unsupported(Capability.ORDER_ARCHIVE);
    }

    @Override
    public Mono<Order> createShipment(StoreConnection store, String orderId, CreateShipmentCommand command) {
        return unsupported(Capability.ORDER_SHIP);
    }

    @Override
    public Mono<Page<Product>> listProducts(StoreConnection store, ProductQuery query) {
        return unsupported(Capability.PRODUCTS_READ);
    }

    @Override
    public Mono<Product> getProduct(StoreConnection store, String productId) {
        return unsupported(Capability.PRODUCTS_READ);
    }

    @Override
    public Mono<Page<Customer>> listCustomers(StoreConnection store, CustomerQuery query) {
        return unsupported(Capability.CUSTOMERS_READ);
    }

    @Override
    public Mono<Customer> getCustomer(StoreConnection store, String customerId) {
        return unsupported(Capability.CUSTOMERS_READ);
    }

    @Override
    public Mono<Page<OrderSummary>> listCustomerOrders(StoreConnection store, String customerId, PageRequest page) {
        return unsupported(Capability.CUSTOMERS_READ);
    }

    @Override
    public Mono<Page<Collection>> listCollections(StoreConnection store, PageRequest page) {
        return unsupported(Capability.COLLECTIONS_READ);
    }

    @Override
    public Mono<Collection> getCollection(StoreConnection store, String collectionId) {
        return unsupported(Capability.COLLECTIONS_READ);
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
        return unsupported(Capability.COLLECTIONS_READ);
    }

    @Override
    public Mono<Collection> updateCollectionProducts(
            StoreConnection store, String collectionId, CollectionProductsCommand command) {
        return unsupported(Capability.COLLECTION_PRODUCTS_WRITE);
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
        return unsupported(Capability.SETTINGS);
    }

    @Override
    public Mono<StoreOverview> overview(StoreConnection store, OverviewQuery query) {
        return unsupported(Capability.OVERVIEW);
    }

    @Override
    public Mono<StoreSettings> settings(StoreConnection store) {
        return unsupported(Capability.SETTINGS);
    }
}
