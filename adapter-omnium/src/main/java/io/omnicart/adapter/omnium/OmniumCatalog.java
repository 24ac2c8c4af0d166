package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumCatalogClient;
import io.omnicart.adapter.omnium.mapping.OmniumProductMapper;
import io.omnicart.adapter.omnium.mapping.OmniumSearchText;
import io.omnicart.adapter.omnium.model.OmniumProduct;
import io.omnicart.adapter.omnium.model.OmniumProductCategory;
import io.omnicart.adapter.omnium.model.OmniumSimpleSearch;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.CollectionRef;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductQuery;
import io.omnicart.core.spi.StoreConnection;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;

/**
 * Products (reference §6): the list through {@code SearchProducts} (facets off), checked against OmniCart's {@code q},
 * statuses and collection where Omnium's filters are looser; one product by its document id, product id or SKU. A
 * product's collection is its (main) category, named by the category itself when the product carries only its id.
 */
final class OmniumCatalog {

    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("^(.+)_([A-Za-z]{2}(?:-[A-Za-z]{2})?)$");

    private final OmniumCatalogClient client;
    private final OmniumScanner scanner;

    OmniumCatalog(OmniumCatalogClient client, OmniumScanner scanner) {
        this.client = client;
        this.scanner = scanner;
    }

    Mono<Page<Product>> list(StoreConnection store, ProductQuery query) {
        String q = query.q() == null || query.q().isBlank() ? null : query.q().strip();
        String collection = query.collectionId();
        List<String> categories = collection == null ? null : List.of(collection);
        OmniumWindow.Fetch<OmniumProduct> fetch = (index, size) -> client.searchProducts(
                store, new OmniumSimpleSearch(size, index, null, null, true, null, q, null, categories, null));
        if (q == null && query.statuses().isEmpty() && collection == null) {
            return scanner.plain(query.page(), fetch, OmniumCatalog::summary);
        }
        Predicate<OmniumProduct> keep = product -> (q == null || OmniumSearchText.productMatches(product, q))
                && (query.statuses().isEmpty() || query.statuses().contains(OmniumProductMapper.status(product)))
                && (collection == null || inCollection(product, collection));
        return scanner.filtered(query.page(), fetch, keep, OmniumCatalog::summary);
    }

    Mono<Product> get(StoreConnection store, String id) {
        return fetch(store, id)
                .flatMap(product -> collection(store, product)
                        .map(ref -> OmniumProductMapper.toProduct(product, ref))
                        .switchIfEmpty(Mono.fromSupplier(() -> OmniumProductMapper.toProduct(product, null))));
    }

    /** By id as given; a language-suffixed document id ({@code tee_en}) also by its product id (reference §6). */
    private Mono<OmniumProduct> fetch(StoreConnection store, String id) {
        Matcher suffixed = LANGUAGE_SUFFIX.matcher(id);
        Mono<OmniumProduct> direct = client.getProduct(store, id);
        if (!suffixed.matches()) {
            return direct;
        }
        return direct.onErrorResume(
                NotFound.class,
                missing -> client.getProduct(store, suffixed.group(1)).onErrorMap(NotFound.class, ignored -> missing));
    }

    private Mono<CollectionRef> collection(StoreConnection store, OmniumProduct product) {
        OmniumProductCategory category = OmniumProductMapper.category(product);
        if (category == null || category.categoryId() == null) {
            return Mono.empty();
        }
        if (category.name() != null && !category.name().isBlank()) {
            return Mono.justOrEmpty(OmniumProductMapper.collection(category));
        }
        return client.category(store, category.categoryId())
                .map(OmniumProductMapper::collection)
                .onErrorResume(NotFound.class, missing -> Mono.justOrEmpty(OmniumProductMapper.collection(category)));
    }

    static boolean inCollection(OmniumProduct product, String collectionId) {
        OmniumProductCategory main = OmniumProductMapper.category(product);
        return (main != null && collectionId.equals(main.categoryId()))
                || (product.categories() != null
                        && product.categories().stream().anyMatch(c -> collectionId.equals(c.categoryId())));
    }

    static Product summary(OmniumProduct product) {
        return OmniumProductMapper.toProduct(
                product, OmniumProductMapper.collection(OmniumProductMapper.category(product)));
    }
}
