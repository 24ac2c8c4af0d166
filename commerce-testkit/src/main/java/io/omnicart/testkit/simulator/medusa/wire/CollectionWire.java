package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.CollectionState;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.ProductState;
import java.util.List;

/** Product collections (reference §9); products appear only when selected. */
public final class CollectionWire {

    /** Default fields of the collection routes. */
    public static final String DEFAULTS = "id,title,handle,external_id,created_at,updated_at,metadata";

    private CollectionWire() {}

    public static WireRow row(MedusaStore store, CollectionState collection) {
        return new WireRow()
                .col("id", collection.id)
                .col("title", collection.title)
                .col("handle", collection.handle)
                .col("external_id", collection.externalId)
                .col("created_at", collection.createdAt)
                .col("updated_at", collection.updatedAt)
                .col("metadata", collection.metadata)
                .rows("products", products(store, collection), product -> ProductWire.row(store, product, false));
    }

    private static List<ProductState> products(MedusaStore store, CollectionState collection) {
        return store.products.values().stream()
                .filter(product -> collection.id.equals(product.collectionId))
                .toList();
    }

    /** The collection nested in a product. */
    static WireRow nested(CollectionState collection) {
        return new WireRow()
                .col("id", collection.id)
                .col("title", collection.title)
                .col("handle", collection.handle)
                .col("external_id", collection.externalId)
                .col("metadata", collection.metadata)
                .timestamps(collection.createdAt, collection.updatedAt);
    }
}
