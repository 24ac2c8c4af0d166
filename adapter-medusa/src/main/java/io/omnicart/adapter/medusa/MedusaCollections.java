package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.client.MedusaCatalogClient;
import io.omnicart.adapter.medusa.client.MedusaQuery;
import io.omnicart.adapter.medusa.mapping.MedusaCollectionMapper;
import io.omnicart.adapter.medusa.mapping.MedusaFields;
import io.omnicart.adapter.medusa.model.MedusaCollectionProductsRequest;
import io.omnicart.adapter.medusa.model.MedusaCollectionRequest;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.CollectionProductsCommand;
import io.omnicart.core.model.CreateCollectionCommand;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.UpdateCollectionCommand;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/**
 * Product collections (reference §9). Medusa answers 200 {@code {}} for an unknown collection and even "deletes" one,
 * so reads turn a missing entity into {@code NotFound} and a delete checks existence first.
 */
final class MedusaCollections {

    private final MedusaCatalogClient client;
    private final MedusaPager pager;
    private final MedusaCatalog catalog;

    MedusaCollections(MedusaCatalogClient client, MedusaPager pager, MedusaCatalog catalog) {
        this.client = client;
        this.pager = pager;
        this.catalog = catalog;
    }

    Mono<Page<Collection>> list(StoreConnection store, PageRequest page) {
        MedusaQuery query = MedusaQuery.fields(MedusaFields.COLLECTION).with("order", "title");
        return pager.page(
                page,
                (offset, limit) -> client.listCollections(store, query.page(limit, offset)),
                MedusaCollectionMapper::toCollection);
    }

    Mono<Collection> get(StoreConnection store, String id) {
        return client.getCollection(store, id, MedusaFields.COLLECTION).map(MedusaCollectionMapper::toCollection);
    }

    /** Medusa derives the handle from the title when none is given. */
    Mono<Collection> create(StoreConnection store, CreateCollectionCommand command) {
        MedusaCollectionRequest body =
                new MedusaCollectionRequest(command.title().strip(), blankToNull(command.handle()));
        return client.createCollection(store, body, MedusaFields.COLLECTION).map(MedusaCollectionMapper::toCollection);
    }

    Mono<Collection> update(StoreConnection store, String id, UpdateCollectionCommand command) {
        MedusaCollectionRequest body =
                new MedusaCollectionRequest(blankToNull(command.title()), blankToNull(command.handle()));
        return client.updateCollection(store, id, body, MedusaFields.COLLECTION)
                .map(MedusaCollectionMapper::toCollection);
    }

    Mono<Void> delete(StoreConnection store, String id) {
        return client.getCollection(store, id, MedusaFields.ID).then(client.deleteCollection(store, id));
    }

    Mono<Page<Product>> products(StoreConnection store, String id, PageRequest page) {
        return Mono.zip(client.getCollection(store, id, MedusaFields.ID), catalog.inCollection(store, id, page))
                .map(both -> both.getT2());
    }

    Mono<Collection> changeProducts(StoreConnection store, String id, CollectionProductsCommand command) {
        MedusaCollectionProductsRequest body = new MedusaCollectionProductsRequest(command.add(), command.remove());
        return client.updateCollectionProducts(store, id, body, MedusaFields.COLLECTION)
                .map(MedusaCollectionMapper::toCollection);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
