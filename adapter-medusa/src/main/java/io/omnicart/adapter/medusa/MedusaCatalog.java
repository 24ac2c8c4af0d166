package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.client.MedusaCatalogClient;
import io.omnicart.adapter.medusa.client.MedusaQuery;
import io.omnicart.adapter.medusa.mapping.MedusaFields;
import io.omnicart.adapter.medusa.mapping.MedusaProductMapper;
import io.omnicart.adapter.medusa.mapping.MedusaSearch;
import io.omnicart.adapter.medusa.mapping.MedusaStatusMapper;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductQuery;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/**
 * Products with variants, prices and stock in one call per page (the stock through the variants' inventory items:
 * {@code /admin/products} does not compute {@code inventory_quantity}, reference §7). Newest first.
 */
final class MedusaCatalog {

    private final MedusaCatalogClient client;
    private final MedusaPager pager;

    MedusaCatalog(MedusaCatalogClient client, MedusaPager pager) {
        this.client = client;
        this.pager = pager;
    }

    Mono<Page<Product>> list(StoreConnection store, ProductQuery query) {
        return Mono.defer(() -> {
            MedusaQuery filters = MedusaQuery.fields(MedusaFields.PRODUCT)
                    .withEach("status", MedusaStatusMapper.medusaProductStatuses(query.statuses()))
                    .with("collection_id", query.collectionId())
                    .with("order", "-created_at");
            String q = query.q() == null ? "" : query.q().strip();
            if (q.isEmpty()) {
                return page(store, filters, query.page());
            }
            MedusaQuery search = filters.with("q", q);
            return pager.filtered(
                    query.page(),
                    (offset, limit) -> client.listProducts(store, search.page(limit, offset)),
                    product -> MedusaSearch.productMatches(product, q),
                    MedusaProductMapper::toProduct);
        });
    }

    Mono<Product> get(StoreConnection store, String id) {
        return client.getProduct(store, id, MedusaFields.PRODUCT).map(MedusaProductMapper::toProduct);
    }

    /** The products of a collection ({@code collection_id} filter, reference §9). */
    Mono<Page<Product>> inCollection(StoreConnection store, String collectionId, PageRequest page) {
        MedusaQuery query = MedusaQuery.fields(MedusaFields.PRODUCT)
                .with("collection_id", collectionId)
                .with("order", "-created_at");
        return page(store, query, page);
    }

    private Mono<Page<Product>> page(StoreConnection store, MedusaQuery query, PageRequest page) {
        return pager.page(
                page,
                (offset, limit) -> client.listProducts(store, query.page(limit, offset)),
                MedusaProductMapper::toProduct);
    }
}
