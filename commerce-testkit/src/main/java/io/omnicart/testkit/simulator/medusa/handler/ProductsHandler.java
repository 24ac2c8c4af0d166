package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.state.ProductState;
import io.omnicart.testkit.simulator.medusa.state.VariantState;
import io.omnicart.testkit.simulator.medusa.wire.FieldTree;
import io.omnicart.testkit.simulator.medusa.wire.ListEnvelope;
import io.omnicart.testkit.simulator.medusa.wire.ProductWire;
import io.omnicart.testkit.simulator.medusa.wire.VariantWire;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** {@code /admin/products}, {@code /admin/products/{id}/variants} and {@code /admin/product-variants} (§7). */
public final class ProductsHandler {

    private static final int DEFAULT_LIMIT = 50;
    private static final Set<String> VARIANT_PARAMS = Set.of(
            "limit",
            "offset",
            "order",
            "fields",
            "q",
            "id",
            "sku",
            "manage_inventory",
            "allow_backorder",
            "ean",
            "upc",
            "barcode",
            "created_at",
            "updated_at",
            "deleted_at",
            "with_deleted");

    private final MedusaStore store;

    public ProductsHandler(MedusaStore store) {
        this.store = store;
    }

    public SimResponse list(Call call) {
        QueryParams query = call.query();
        if (query.single("status") != null) {
            throw MedusaFailure.invalidData("Invalid request: Expected type: 'array' for field 'status', got: '"
                    + query.single("status") + "'");
        }
        FieldTree tree = FieldTree.parse(call.fields(), ProductWire.DEFAULTS);
        var page = ListQuery.of(query, DEFAULT_LIMIT)
                .page(filter(store.products.values().stream(), query), p -> p.id, ProductsHandler::sortKey);
        var rows = page.rows().stream()
                .map(p -> ProductWire.row(store, p, false).project(tree))
                .toList();
        return SimResponse.json(200, ListEnvelope.of("products", rows, page.count(), page.offset(), page.limit()));
    }

    public SimResponse retrieve(Call call) {
        ProductState product = product(call.param(0));
        FieldTree tree = FieldTree.parse(call.fields(), ProductWire.DEFAULTS);
        return SimResponse.json(
                200,
                ListEnvelope.single(
                        "product", ProductWire.row(store, product, false).project(tree)));
    }

    public SimResponse productVariants(Call call) {
        ProductState product = product(call.param(0));
        return variantPage(call, product.variants.stream());
    }

    /** All variants; unknown query parameters are refused here, unlike on the order list (reference §3.3). */
    public SimResponse variants(Call call) {
        String unknown = call.query().raw().keySet().stream()
                .map(QueryParams::baseName)
                .filter(name -> !VARIANT_PARAMS.contains(name))
                .distinct()
                .map(name -> "'" + name + "'")
                .collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            throw MedusaFailure.invalidData("Invalid request: Unrecognized fields: " + unknown);
        }
        return variantPage(call, store.variants());
    }

    private SimResponse variantPage(Call call, Stream<VariantState> variants) {
        QueryParams query = call.query();
        Stream<VariantState> filtered = Filters.anyOf(variants, query, "id", VariantState::id);
        filtered = Filters.anyOf(filtered, query, "sku", VariantState::sku);
        filtered = Filters.search(filtered, query, v -> Filters.text(v.title(), v.sku(), v.barcode()));
        var page = ListQuery.of(query, DEFAULT_LIMIT).page(filtered, VariantState::id, (v, field) -> null);
        FieldTree tree = FieldTree.parse(call.fields(), VariantWire.DEFAULTS);
        var rows = page.rows().stream()
                .map(v -> VariantWire.render(store, v, true, tree))
                .toList();
        return SimResponse.json(200, ListEnvelope.of("variants", rows, page.count(), page.offset(), page.limit()));
    }

    private ProductState product(String id) {
        ProductState product = store.products.get(id);
        if (product == null) {
            throw MedusaFailure.notFound("Product not found");
        }
        return product;
    }

    private Stream<ProductState> filter(Stream<ProductState> rows, QueryParams query) {
        Stream<ProductState> filtered = Filters.anyOf(rows, query, "id", p -> p.id);
        filtered = Filters.anyOf(filtered, query, "status", p -> p.status);
        filtered = Filters.anyOf(filtered, query, "collection_id", p -> p.collectionId);
        filtered = Filters.anyOf(filtered, query, "handle", p -> p.handle);
        filtered = Filters.anyOf(filtered, query, "title", p -> p.title);
        filtered = Filters.dates(filtered, query, "created_at", p -> p.createdAt);
        filtered = Filters.dates(filtered, query, "updated_at", p -> p.updatedAt);
        return Filters.search(filtered, query, ProductsHandler::searchText);
    }

    private static String searchText(ProductState product) {
        String variants = product.variants.stream()
                .map(v -> Filters.text(v.title(), v.sku(), v.barcode()))
                .collect(Collectors.joining(" "));
        String options = product.options.stream()
                .map(o -> o.title() + " "
                        + o.values().stream().map(v -> v.value()).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" "));
        return Filters.text(product.title, product.subtitle, product.description, product.handle, variants, options);
    }

    private static @Nullable Comparable<?> sortKey(ProductState product, String field) {
        return switch (field) {
            case "title" -> product.title;
            case "handle" -> product.handle;
            case "status" -> product.status;
            case "created_at" -> product.createdAt;
            case "updated_at" -> product.updatedAt;
            default -> null;
        };
    }
}
