package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.client.OpenCartBridgeClient;
import io.omnicart.adapter.opencart.client.OpenCartBridgeQuery;
import io.omnicart.adapter.opencart.mapping.OpenCartCatalogContext;
import io.omnicart.adapter.opencart.mapping.OpenCartOrderMapper;
import io.omnicart.adapter.opencart.mapping.OpenCartProductMapper;
import io.omnicart.adapter.opencart.model.OpenCartCategory;
import io.omnicart.adapter.opencart.model.OpenCartPage;
import io.omnicart.adapter.opencart.model.OpenCartProduct;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductQuery;
import io.omnicart.core.model.ProductStatus;
import io.omnicart.core.spi.StoreConnection;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Products through the bridge. OpenCart products are enabled ({@code published}) or disabled ({@code draft}); there
 * is nothing {@code proposed} or {@code rejected}. {@code q} matches the name, the model (the handle) or a SKU as a
 * substring, checked by the adapter while it pages. 4.0 variant rows appear inside their master, not on their own, so
 * lists skip them while they page (and cannot know their total).
 */
final class OpenCartCatalog {

    private final OpenCartBridgeClient bridge;
    private final OpenCartPager pager;

    OpenCartCatalog(OpenCartBridgeClient bridge, OpenCartPager pager) {
        this.bridge = bridge;
        this.pager = pager;
    }

    Mono<Page<Product>> list(StoreConnection store, ProductQuery query) {
        Boolean enabled = enabledFilter(query);
        boolean none = !query.statuses().isEmpty() && enabled == null && !bothStatuses(query);
        boolean unknownCollection = query.collectionId() != null && !OpenCartIds.isId(query.collectionId());
        if (none || unknownCollection) {
            return Mono.just(new Page<>(List.of(), null, query.page().limit(), 0L));
        }
        String q = query.q() == null || query.q().isBlank()
                ? null
                : query.q().strip().toLowerCase(Locale.ROOT);
        if (q == null) {
            return pager.scan(
                            query.page(),
                            (limit, offset) -> fetch(store, query, enabled, limit, offset),
                            product -> !Boolean.TRUE.equals(product.isVariant()))
                    .flatMap(page -> mapped(store, page));
        }
        return pager.scan(
                        query.page(),
                        (limit, offset) -> fetch(store, query, enabled, limit, offset),
                        product -> !Boolean.TRUE.equals(product.isVariant()) && matches(product, q))
                .flatMap(page -> mapped(store, page));
    }

    Mono<Product> get(StoreConnection store, String productId) {
        return OpenCartIds.checked("product", productId)
                .flatMap(id -> bridge.product(store, id))
                .flatMap(product -> context(store, List.of(product))
                        .map(context -> OpenCartProductMapper.toProduct(product, context)));
    }

    /** The products with these ids, in the bridge's order, mapped. */
    Mono<List<Product>> byIds(StoreConnection store, List<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(List.of());
        }
        String joined = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        OpenCartBridgeQuery query =
                OpenCartBridgeQuery.route("products").with("ids", joined).with("limit", ids.size());
        return bridge.products(store, query).flatMap(page -> mapAll(store, page.data()));
    }

    /** The settings and category names products need, fetched once for a batch. */
    Mono<OpenCartCatalogContext> context(StoreConnection store, List<OpenCartProduct> products) {
        List<Long> categoryIds = products.stream()
                .flatMap(product -> OpenCartOrderMapper.list(product.categoryIds()).stream())
                .distinct()
                .toList();
        Mono<Map<Long, String>> names = categoryIds.isEmpty() ? Mono.just(Map.of()) : categoryNames(store, categoryIds);
        return Mono.zip(bridge.settings(store), names, OpenCartCatalogContext::of);
    }

    private Mono<OpenCartPage<OpenCartProduct>> fetch(
            StoreConnection store, ProductQuery query, @Nullable Boolean enabled, int limit, long offset) {
        return bridge.products(
                store,
                OpenCartBridgeQuery.route("products")
                        .with("status", enabled == null ? null : enabled ? "1" : "0")
                        .with("category_id", query.collectionId())
                        .with("limit", limit)
                        .with("offset", offset));
    }

    private Mono<Page<Product>> mapped(StoreConnection store, Page<OpenCartProduct> page) {
        List<OpenCartProduct> products = page.data().stream()
                .filter(product -> !Boolean.TRUE.equals(product.isVariant()))
                .toList();
        return mapAll(store, products).map(mapped -> new Page<>(mapped, page.nextCursor(), page.limit(), page.total()));
    }

    private Mono<List<Product>> mapAll(StoreConnection store, List<OpenCartProduct> products) {
        return context(store, products)
                .map(context -> products.stream()
                        .map(product -> OpenCartProductMapper.toProduct(product, context))
                        .toList());
    }

    private Mono<Map<Long, String>> categoryNames(StoreConnection store, Collection<Long> ids) {
        String joined = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        OpenCartBridgeQuery query =
                OpenCartBridgeQuery.route("categories").with("ids", joined).with("limit", 250);
        return bridge.categories(store, query)
                .map(page -> page.data().stream()
                        .filter(category -> category.name() != null)
                        .collect(Collectors.toMap(OpenCartCategory::categoryId, OpenCartCategory::name, (a, b) -> a)));
    }

    /** Whether {@code q} is part of the name, the model (the handle) or a SKU of the product or its variants. */
    private static boolean matches(OpenCartProduct product, String q) {
        return contains(product.name(), q)
                || contains(product.model(), q)
                || contains(product.sku(), q)
                || OpenCartOrderMapper.list(product.variants()).stream().anyMatch(v -> contains(v.sku(), q))
                || OpenCartOrderMapper.list(product.options()).stream()
                        .flatMap(option -> OpenCartOrderMapper.list(option.values()).stream())
                        .anyMatch(value -> contains(value.sku(), q));
    }

    private static boolean contains(@Nullable String value, String q) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(q);
    }

    private static @Nullable Boolean enabledFilter(ProductQuery query) {
        boolean published = query.statuses().contains(ProductStatus.PUBLISHED);
        boolean draft = query.statuses().contains(ProductStatus.DRAFT);
        if (published == draft) {
            return null;
        }
        return published;
    }

    private static boolean bothStatuses(ProductQuery query) {
        return query.statuses().containsAll(List.of(ProductStatus.PUBLISHED, ProductStatus.DRAFT));
    }
}
