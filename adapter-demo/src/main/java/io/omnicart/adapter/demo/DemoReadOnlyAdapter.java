package io.omnicart.adapter.demo;

import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.CollectionProductsCommand;
import io.omnicart.core.model.CreateCollectionCommand;
import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.UpdateCollectionCommand;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.PassthroughOperations;
import io.omnicart.core.spi.RawAuthorization;
import io.omnicart.core.spi.RawRequest;
import io.omnicart.core.spi.StoreConnection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.Mono;

/** What makes the demo store the demo store: its platform, its read capabilities, and a refusal of every write. */
abstract class DemoReadOnlyAdapter implements CommerceAdapter {

    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.of(
            Capability.ORDERS_READ,
            Capability.PRODUCTS_READ,
            Capability.INVENTORY_READ,
            Capability.CUSTOMERS_READ,
            Capability.COLLECTIONS_READ,
            Capability.DRAFT_ORDERS_READ,
            Capability.OVERVIEW,
            Capability.SETTINGS));

    @Override
    public Platform platform() {
        return Platform.DEMO;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    /** The demo store has no API of its own to pass through to. */
    @Override
    public Mono<RawAuthorization> authorizeRaw(StoreConnection store, RawRequest request) {
        return PassthroughOperations.unsupported(store);
    }

    @Override
    public Mono<Order> completeOrder(StoreConnection store, String orderId) {
        return refuse();
    }

    @Override
    public Mono<Order> cancelOrder(StoreConnection store, String orderId, CancelOrderCommand command) {
        return refuse();
    }

    @Override
    public Mono<Order> archiveOrder(StoreConnection store, String orderId) {
        return refuse();
    }

    @Override
    public Mono<Order> createShipment(StoreConnection store, String orderId, CreateShipmentCommand command) {
        return refuse();
    }

    @Override
    public Mono<List<InventoryResult>> syncInventory(StoreConnection store, InventorySyncCommand command) {
        return refuse();
    }

    @Override
    public Mono<Collection> createCollection(StoreConnection store, CreateCollectionCommand command) {
        return refuse();
    }

    @Override
    public Mono<Collection> updateCollection(
            StoreConnection store, String collectionId, UpdateCollectionCommand command) {
        return refuse();
    }

    @Override
    public Mono<Void> deleteCollection(StoreConnection store, String collectionId) {
        return refuse();
    }

    @Override
    public Mono<Collection> updateCollectionProducts(
            StoreConnection store, String collectionId, CollectionProductsCommand command) {
        return refuse();
    }

    @Override
    public Mono<DraftOrder> createDraftOrder(StoreConnection store, CreateDraftOrderCommand command) {
        return refuse();
    }

    @Override
    public Mono<Void> deleteDraftOrder(StoreConnection store, String draftOrderId) {
        return refuse();
    }

    @Override
    public Mono<Order> convertDraftOrder(StoreConnection store, String draftOrderId) {
        return refuse();
    }

    private static <T> Mono<T> refuse() {
        return Mono.error(DemoErrorTranslator::readOnly);
    }
}
