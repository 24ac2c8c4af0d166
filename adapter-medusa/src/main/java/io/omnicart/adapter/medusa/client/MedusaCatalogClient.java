package io.omnicart.adapter.medusa.client;

import static io.omnicart.adapter.medusa.client.MedusaCalls.path;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.omnicart.adapter.medusa.model.MedusaCollection;
import io.omnicart.adapter.medusa.model.MedusaCollectionProductsRequest;
import io.omnicart.adapter.medusa.model.MedusaCollectionRequest;
import io.omnicart.adapter.medusa.model.MedusaInventoryItem;
import io.omnicart.adapter.medusa.model.MedusaInventoryLevelRequest;
import io.omnicart.adapter.medusa.model.MedusaList;
import io.omnicart.adapter.medusa.model.MedusaProduct;
import io.omnicart.adapter.medusa.model.MedusaVariant;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/**
 * The catalog-side Admin API endpoints (reference §7, §9): products, inventory items and their location levels,
 * collections. One method per endpoint, named after it; wire records out. A collection answered as {@code {}} is a
 * {@code NotFound} (reference §4).
 */
public final class MedusaCatalogClient {

    private static final String PRODUCTS = "/admin/products";
    private static final String VARIANTS = "/admin/product-variants";
    private static final String INVENTORY = "/admin/inventory-items";
    private static final String COLLECTIONS = "/admin/collections";

    private final MedusaCalls calls;
    private final MedusaReplies replies;

    public MedusaCatalogClient(MedusaCalls calls) {
        this.calls = calls;
        this.replies = calls.replies();
    }

    public Mono<MedusaList<MedusaProduct>> listProducts(StoreConnection store, MedusaQuery query) {
        return calls.call(
                store, GET, PRODUCTS, query, null, "product", null, replies.list("products", MedusaProduct.class));
    }

    public Mono<MedusaProduct> getProduct(StoreConnection store, String id, String fields) {
        return calls.call(
                store,
                GET,
                path(PRODUCTS + "/", id, ""),
                MedusaQuery.fields(fields),
                null,
                "product",
                id,
                replies.entity("product", MedusaProduct.class, "product", id));
    }

    /** {@code GET /admin/product-variants}: variants across products, e.g. filtered by {@code sku[]}. */
    public Mono<MedusaList<MedusaVariant>> listProductVariants(StoreConnection store, MedusaQuery query) {
        return calls.call(
                store,
                GET,
                VARIANTS,
                query,
                null,
                "product_variant",
                null,
                replies.list("variants", MedusaVariant.class));
    }

    public Mono<MedusaList<MedusaInventoryItem>> listInventoryItems(StoreConnection store, MedusaQuery query) {
        return calls.call(
                store,
                GET,
                INVENTORY,
                query,
                null,
                "inventory_item",
                null,
                replies.list("inventory_items", MedusaInventoryItem.class));
    }

    /** {@code POST /admin/inventory-items/{id}/location-levels}: stock at a location the item has no level at yet. */
    public Mono<Void> createInventoryLevel(StoreConnection store, String itemId, String locationId, int stocked) {
        MedusaInventoryLevelRequest body = new MedusaInventoryLevelRequest(locationId, stocked);
        return calls.call(
                        store,
                        POST,
                        path(INVENTORY + "/", itemId, "/location-levels"),
                        MedusaQuery.fields("id"),
                        body,
                        "inventory_item",
                        itemId,
                        replies.ignored())
                .then();
    }

    /** {@code POST /admin/inventory-items/{id}/location-levels/{location_id}}: the absolute stocked quantity. */
    public Mono<Void> updateInventoryLevel(StoreConnection store, String itemId, String locationId, int stocked) {
        String suffix = "/location-levels/" + MedusaCalls.segment(locationId);
        return calls.call(
                        store,
                        POST,
                        path(INVENTORY + "/", itemId, suffix),
                        MedusaQuery.fields("id"),
                        new MedusaInventoryLevelRequest(null, stocked),
                        "inventory_item",
                        itemId,
                        replies.ignored())
                .then();
    }

    public Mono<MedusaList<MedusaCollection>> listCollections(StoreConnection store, MedusaQuery query) {
        return calls.call(
                store,
                GET,
                COLLECTIONS,
                query,
                null,
                "collection",
                null,
                replies.list("collections", MedusaCollection.class));
    }

    public Mono<MedusaCollection> getCollection(StoreConnection store, String id, String fields) {
        return calls.call(
                store,
                GET,
                path(COLLECTIONS + "/", id, ""),
                MedusaQuery.fields(fields),
                null,
                "collection",
                id,
                collection(id));
    }

    public Mono<MedusaCollection> createCollection(StoreConnection store, MedusaCollectionRequest body, String fields) {
        return calls.call(
                store,
                POST,
                COLLECTIONS,
                MedusaQuery.fields(fields),
                body,
                "collection",
                null,
                replies.created("collection", MedusaCollection.class));
    }

    public Mono<MedusaCollection> updateCollection(
            StoreConnection store, String id, MedusaCollectionRequest body, String fields) {
        return calls.call(
                store,
                POST,
                path(COLLECTIONS + "/", id, ""),
                MedusaQuery.fields(fields),
                body,
                "collection",
                id,
                collection(id));
    }

    /** Answers 200 {@code deleted: true} even for an unknown id (reference §4): check existence first. */
    public Mono<Void> deleteCollection(StoreConnection store, String id) {
        return calls.call(
                        store,
                        DELETE,
                        path(COLLECTIONS + "/", id, ""),
                        MedusaQuery.fields("id"),
                        null,
                        "collection",
                        id,
                        replies.ignored())
                .then();
    }

    /** Answers 200 {@code {}} for an unknown id (reference §4), which becomes {@code NotFound}. */
    public Mono<MedusaCollection> updateCollectionProducts(
            StoreConnection store, String id, MedusaCollectionProductsRequest body, String fields) {
        return calls.call(
                store,
                POST,
                path(COLLECTIONS + "/", id, "/products"),
                MedusaQuery.fields(fields),
                body,
                "collection",
                id,
                collection(id));
    }

    private MedusaReply<MedusaCollection> collection(String id) {
        return replies.entity("collection", MedusaCollection.class, "collection", id);
    }
}
