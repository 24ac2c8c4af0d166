package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumCatalogClient;
import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.mapping.OmniumCollectionMapper;
import io.omnicart.adapter.omnium.mapping.OmniumCursor;
import io.omnicart.adapter.omnium.model.OmniumProductCategory;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.spi.StoreConnection;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Collections are Omnium's product categories (reference §7), read-only: categories are usually managed in the tenant's
 * PIM, and Omnium documents linking products to a category but not unlinking them, so writes are not offered. The list
 * reads every category (all languages, deduplicated by {@code categoryId}, at most {@value #MAX_PAGES} pages of
 * {@value #PAGE_SIZE}) and pages over them; product counts are one count query per category shown.
 */
final class OmniumCollections {

    static final int PAGE_SIZE = 1_000;
    static final int MAX_PAGES = 20;

    private final OmniumCatalogClient client;
    private final OmniumScanner scanner;
    private final int concurrency;

    OmniumCollections(OmniumCatalogClient client, OmniumScanner scanner, OmniumSettings settings) {
        this.client = client;
        this.scanner = scanner;
        this.concurrency = settings.concurrency();
    }

    Mono<Page<Collection>> list(StoreConnection store, PageRequest page) {
        return Mono.fromCallable(() -> offset(page))
                .flatMap(offset ->
                        all(store, 1, List.of()).flatMap(categories -> page(store, page, offset, categories)));
    }

    Mono<Collection> get(StoreConnection store, String id) {
        return client.category(store, id)
                .flatMap(category ->
                        count(store, id).map(count -> OmniumCollectionMapper.toCollection(category, count)));
    }

    Mono<Page<Product>> products(StoreConnection store, String id, PageRequest page) {
        return client.category(store, id)
                .then(scanner.plain(
                        page,
                        (index, size) -> client.categoryProducts(store, id, index + 1, size),
                        OmniumCatalog::summary));
    }

    static <T> Mono<T> unsupported() {
        return unsupported(Capability.COLLECTIONS_WRITE);
    }

    static <T> Mono<T> unsupported(Capability capability) {
        return Mono.error(() -> OmniumErrorTranslator.unsupported(capability));
    }

    private Mono<Page<Collection>> page(
            StoreConnection store, PageRequest page, long offset, List<OmniumProductCategory> categories) {
        int from = (int) Math.min(offset, categories.size());
        int to = Math.min(categories.size(), from + page.limit());
        String next = to < categories.size() ? OmniumCursor.offset(to).encode() : null;
        return Flux.fromIterable(categories.subList(from, to))
                .flatMapSequential(
                        category -> count(store, category.categoryId())
                                .map(count -> OmniumCollectionMapper.toCollection(category, count)),
                        concurrency)
                .collectList()
                .map(rows -> new Page<>(rows, next, page.limit(), (long) categories.size()));
    }

    private Mono<List<OmniumProductCategory>> all(StoreConnection store, int page, List<OmniumProductCategory> found) {
        return client.categories(store, page, PAGE_SIZE).flatMap(result -> {
            List<OmniumProductCategory> rows = new ArrayList<>(found);
            rows.addAll(result.result());
            boolean more = result.result().size() == PAGE_SIZE && rows.size() < result.totalHits() && page < MAX_PAGES;
            return more ? all(store, page + 1, rows) : Mono.just(OmniumCollectionMapper.distinct(rows));
        });
    }

    /** Products in the category: the {@code totalHits} of a one-row page. */
    private Mono<Integer> count(StoreConnection store, String categoryId) {
        return client.categoryProducts(store, categoryId, 1, 1).map(result -> (int) result.totalHits());
    }

    private static long offset(PageRequest page) {
        OmniumCursor cursor = OmniumCursor.decode(page.cursor());
        if (!OmniumCursor.OFFSET.equals(cursor.kind())) {
            throw OmniumErrorTranslator.invalidCursor();
        }
        return cursor.offset();
    }
}
