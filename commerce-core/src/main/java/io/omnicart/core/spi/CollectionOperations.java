package io.omnicart.core.spi;

import io.omnicart.core.model.Collection;
import io.omnicart.core.model.CollectionProductsCommand;
import io.omnicart.core.model.CreateCollectionCommand;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.UpdateCollectionCommand;
import reactor.core.publisher.Mono;

/** Product groupings. Cold; an unknown collection is {@code NotFound}. */
public interface CollectionOperations {

    Mono<Page<Collection>> listCollections(StoreConnection store, PageRequest page);

    Mono<Collection> getCollection(StoreConnection store, String collectionId);

    Mono<Collection> createCollection(StoreConnection store, CreateCollectionCommand command);

    Mono<Collection> updateCollection(StoreConnection store, String collectionId, UpdateCollectionCommand command);

    /** Delete the collection (its products stay); completes empty. */
    Mono<Void> deleteCollection(StoreConnection store, String collectionId);

    Mono<Page<Product>> listCollectionProducts(StoreConnection store, String collectionId, PageRequest page);

    /** Add and remove products; idempotent (adding a member or removing a non-member changes nothing). */
    Mono<Collection> updateCollectionProducts(
            StoreConnection store, String collectionId, CollectionProductsCommand command);
}
