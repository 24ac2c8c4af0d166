package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.client.OpenCartBridgeClient;
import io.omnicart.adapter.opencart.client.OpenCartBridgeQuery;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.opencart.mapping.OpenCartCursor;
import io.omnicart.adapter.opencart.mapping.OpenCartCustomerMapper;
import io.omnicart.adapter.opencart.model.OpenCartCategoryProducts;
import io.omnicart.adapter.opencart.model.OpenCartProduct;
import io.omnicart.adapter.opencart.model.OpenCartProductRef;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.CollectionProductsCommand;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.spi.StoreConnection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Categories as collections, read through the bridge; their products in the order of their ids. Products are added
 * to and removed from a category with the bridge's idempotent {@code category.assign} / {@code category.unassign}
 * (each all-or-nothing on its own; when a call both adds and removes, every product id is checked first, so an unknown
 * id leaves the category as it was).
 */
final class OpenCartCollections {

    /** The bridge's largest {@code ids} list. */
    private static final int CHECK_CHUNK = 250;

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

    Mono<Collection> updateProducts(StoreConnection store, String collectionId, CollectionProductsCommand command) {
        return OpenCartIds.checked("collection", collectionId).flatMap(id -> {
            List<Long> add = productIds("add", command.add());
            List<Long> remove = productIds("remove", command.remove());
            Set<Long> both = new HashSet<>(add);
            both.retainAll(remove);
            if (!both.isEmpty()) {
                return Mono.error(OpenCartErrorTranslator.invalidField(
                        "remove", "a product cannot be added and removed at once: " + both));
            }
            long categoryId = Long.parseLong(id);
            Mono<Void> checked = add.isEmpty() || remove.isEmpty()
                    ? Mono.empty()
                    : bridge.category(store, id).then(requireProducts(store, add, remove));
            Mono<Void> adding = add.isEmpty()
                    ? Mono.empty()
                    : bridge.changeCategory(store, true, new OpenCartCategoryProducts(categoryId, add));
            Mono<Void> removing = remove.isEmpty()
                    ? Mono.empty()
                    : bridge.changeCategory(store, false, new OpenCartCategoryProducts(categoryId, remove));
            return checked.then(adding).then(removing).then(get(store, collectionId));
        });
    }

    /** Every id must name a product; checked before a two-step change so nothing is half-written. */
    private Mono<Void> requireProducts(StoreConnection store, List<Long> add, List<Long> remove) {
        List<Long> all = new ArrayList<>(add);
        all.addAll(remove);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHECK_CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHECK_CHUNK)));
        }
        return Flux.fromIterable(chunks)
                .concatMap(chunk -> bridge.products(
                        store,
                        OpenCartBridgeQuery.route("products")
                                .with("ids", chunk.stream().map(String::valueOf).collect(Collectors.joining(",")))
                                .with("limit", chunk.size())))
                .flatMapIterable(page -> page.data())
                .map(OpenCartProduct::productId)
                .collect(Collectors.toSet())
                .flatMap(found -> {
                    List<Long> missing = all.stream()
                            .filter(productId -> !found.contains(productId))
                            .toList();
                    return missing.isEmpty()
                            ? Mono.empty()
                            : Mono.error(OpenCartErrorTranslator.invalidField(
                                    "add", "no product has the id(s) " + missing + "; nothing was changed"));
                });
    }

    /** The listed product ids as OpenCart ids, each once; anything else is an invalid request. */
    private static List<Long> productIds(String field, List<String> ids) {
        Set<Long> parsed = new LinkedHashSet<>();
        for (String value : ids) {
            if (!OpenCartIds.isId(value)) {
                throw OpenCartErrorTranslator.invalidField(field, "'" + value + "' is not an OpenCart product id");
            }
            parsed.add(Long.parseLong(value));
        }
        return List.copyOf(parsed);
    }
}
