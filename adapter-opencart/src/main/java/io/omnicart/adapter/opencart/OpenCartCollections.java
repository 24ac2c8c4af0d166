package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.client.OpenCartBridgeClient;
import io.omnicart.adapter.opencart.client.OpenCartBridgeQuery;
import io.omnicart.adapter.opencart.mapping.OpenCartCursor;
import io.omnicart.adapter.opencart.mapping.OpenCartCustomerMapper;
import io.omnicart.adapter.opencart.model.OpenCartProductRef;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/** Categories as collections, read through the bridge; their products in the order of their ids. */
final class OpenCartCollections {

    private final OpenCartBridgeClient bridge;
    private final OpenCartPager pager;
    private final OpenCartCatalog catalog;

    OpenCartCollections(OpenCartBridgeClient bridge, OpenCartPager pager, OpenCartCatalog catalog) {
        this.bridge = bridge;
        this.pager = pager;
        this.catalog = catalog;
    }

    Mono<Page<Collection>> list(StoreConnection store, PageRequest page) {
        return pager.direct(
                page,
                (limit, offset) -> bridge.categories(
                        store,
                        OpenCartBridgeQuery.route("categories")
                                .with("limit", limit)
                                .with("offset", offset)),
                rows -> rows.stream().map(OpenCartCustomerMapper::toCollection).toList());
    }

    Mono<Collection> get(StoreConnection store, String collectionId) {
        return OpenCartIds.checked("collection", collectionId)
                .flatMap(id -> bridge.category(store, id))
                .map(OpenCartCustomerMapper::toCollection);
    }

    Mono<Page<Product>> products(StoreConnection store, String collectionId, PageRequest page) {
        long offset = OpenCartCursor.decode(page.cursor());
        return OpenCartIds.checked("collection", collectionId)
                .flatMap(id -> bridge.categoryProducts(store, id, page.limit(), offset))
                .flatMap(refs -> catalog.byIds(
                                store,
                                refs.data().stream()
                                        .map(OpenCartProductRef::productId)
                                        .toList())
                        .map(products -> new Page<>(
                                products,
                                refs.paging().nextOffset() == null
                                        ? null
                                        : OpenCartCursor.encode(refs.paging().nextOffset()),
                                page.limit(),
                                refs.paging().total())));
    }
}
