package io.omnicart.adapter.demo.query;

import io.omnicart.adapter.demo.DemoErrorTranslator;
import io.omnicart.adapter.demo.data.DemoStore;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductQuery;
import io.omnicart.core.model.ProductVariant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Product, collection-membership and stock lookups of the demo store; products come newest first. */
public final class DemoCatalogQueries {

    private DemoCatalogQueries() {}

    /** {@code q} matches title, handle or any SKU case-insensitively; {@code statuses} empty = all. */
    public static Page<Product> list(DemoStore store, ProductQuery query) {
        List<Product> matches = store.products().stream()
                .filter(matchesText(query.q()))
                .filter(product ->
                        query.statuses().isEmpty() || query.statuses().contains(product.status()))
                .filter(product -> query.collectionId() == null || inCollection(product, query.collectionId()))
                .toList();
        return DemoPaging.page(matches, query.page());
    }

    /** The products of a collection; {@code NotFound} for an unknown collection. */
    public static Page<Product> inCollection(DemoStore store, String collectionId, PageRequest page) {
        if (store.collection(collectionId).isEmpty()) {
            throw DemoErrorTranslator.notFound("collection", collectionId);
        }
        List<Product> members = store.products().stream()
                .filter(product -> inCollection(product, collectionId))
                .toList();
        return DemoPaging.page(members, page);
    }

    /** One level per distinct SKU that exists, in request order; unknown SKUs are absent. */
    public static List<InventoryLevel> inventory(DemoStore store, List<String> skus) {
        return skus.stream()
                .distinct()
                .map(store::inventory)
                .flatMap(Optional::stream)
                .toList();
    }

    private static boolean inCollection(Product product, String collectionId) {
        return product.collection() != null
                && collectionId.equals(product.collection().id());
    }

    private static Predicate<Product> matchesText(@Nullable String q) {
        if (q == null || q.isBlank()) {
            return product -> true;
        }
        String needle = q.strip().toLowerCase(Locale.ROOT);
        return product -> contains(product.title(), needle)
                || contains(product.handle(), needle)
                || product.variants().stream().map(ProductVariant::sku).anyMatch(sku -> contains(sku, needle));
    }

    static boolean contains(@Nullable String value, String lowerCaseNeedle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }
}
