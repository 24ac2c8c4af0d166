package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Product categories (reference §7): list (1-based, {@code pageSize ≤ 1000}), get by id with or without language
 * suffix, tree with product counts, sub-categories, scroll search ({@code take ≤ 10000}, default 5000), create
 * ({@code POST}, 409 when the id exists [I]), overwrite ({@code PUT}), patch, {@code AddMany}/{@code PatchMany}, delete
 * (products lose the reference [I]). Writes without a documented body answer 200 with an empty body.
 */
final class CategoriesHandler {

    static final String SCROLL_KIND = "categories";
    private static final int MAX_PAGE = 1000;
    private static final int MAX_SCROLL_TAKE = 10_000;
    private static final int DEFAULT_SCROLL_TAKE = 5_000;
    private static final Set<String> IMMUTABLE = Set.of("id", "categoryId", "language", "created", "modified");

    private final OmniumStore store;
    private final OmniumScrolls scrolls;
    private final Clock clock;

    CategoriesHandler(OmniumStore store, OmniumScrolls scrolls, Clock clock) {
        this.store = store;
        this.scrolls = scrolls;
        this.clock = clock;
    }

    private ObjectNode category(String id, @Nullable String language) {
        return store.category(id, language == null ? OmniumCatalogWriter.LANGUAGE : language)
                .orElseThrow(() -> OmniumFailure.notFound("Product category not found"));
    }

    SimResponse list(SimRequest request, List<String> params) {
        return SimResponse.json(200, OmniumPaging.listPage(request.query(), sorted(store.categories()), MAX_PAGE));
    }

    SimResponse get(SimRequest request, List<String> params) {
        return SimResponse.json(
                200,
                category(params.getFirst(), request.query().single("language")).deepCopy());
    }

    /** {@code GET /api/ProductCategories/GetCategoryTree}: {@code [{productCategory, productCount, subCategories}]}. */
    SimResponse tree(SimRequest request, List<String> params) {
        return SimResponse.json(200, children(null));
    }

    private ArrayNode children(@Nullable String parentId) {
        ArrayNode nodes = OmniumJson.array();
        for (ObjectNode category : sorted(store.categories())) {
            String parent = category.path("parentId").asString(null);
            if (parentId == null ? parent == null || parent.isBlank() : parentId.equals(parent)) {
                ObjectNode node = nodes.addObject();
                node.set("productCategory", category.deepCopy());
                node.put("productCount", productCount(category.get("categoryId").asString()));
                node.set("subCategories", children(category.get("categoryId").asString()));
            }
        }
        return nodes;
    }

    private long productCount(String categoryId) {
        return store.products().stream()
                .filter(product ->
                        OmniumJson.strings(product.get("categoryIds")).contains(categoryId))
                .count();
    }

    /** {@code GET /api/ProductCategories/{parentId}/SubCategories}: a plain list. */
    SimResponse subCategories(SimRequest request, List<String> params) {
        String parent = category(params.getFirst(), request.query().single("language"))
                .get("categoryId")
                .asString();
        ArrayNode result = OmniumJson.array();
        sorted(store.categories()).stream()
                .filter(category -> parent.equals(category.path("parentId").asString(null)))
                .forEach(category -> result.add(category.deepCopy()));
        return SimResponse.json(200, result);
    }

    /** {@code POST /api/ProductCategories/ScrollSearch}: first batch with {@code scrollId}; filters language/parents/ids. */
    SimResponse startScroll(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        Integer requested = OmniumJson.integer(body, "take");
        int take = requested == null || requested <= 0 || requested > MAX_SCROLL_TAKE ? DEFAULT_SCROLL_TAKE : requested;
        String language = OmniumJson.text(body, "language");
        List<String> parents = OmniumJson.strings(body, "parentIds");
        List<String> ids = OmniumJson.strings(body, "productCategoryIds");
        String single = OmniumJson.text(body, "productCategoryId");
        List<ObjectNode> matching = sorted(store.categories()).stream()
                .filter(category -> language == null
                        || language.equalsIgnoreCase(category.path("language").asString()))
                .filter(category -> parents.isEmpty()
                        || parents.contains(category.path("parentId").asString(null)))
                .filter(category -> ids.isEmpty()
                        || ids.contains(category.path("categoryId").asString()))
                .filter(category -> single == null
                        || single.equals(category.path("categoryId").asString()))
                .toList();
        String id = scrolls.start(SCROLL_KIND, matching, take);
        ObjectNode page = OmniumScrolls.wrapper(scrolls.next(SCROLL_KIND, id));
        page.set("facets", OmniumJson.array());
        return SimResponse.json(200, page);
    }

    SimResponse continueScroll(SimRequest request, List<String> params) {
        return SimResponse.json(200, OmniumScrolls.wrapper(scrolls.next(SCROLL_KIND, params.getFirst())));
    }

    /** {@code POST /api/ProductCategories}: adds a category; needs {@code categoryId} (or {@code id}) and {@code name}. */
    SimResponse create(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        ObjectNode category = normalized(body);
        if (store.category(category.get("id").asString(), OmniumCatalogWriter.LANGUAGE)
                .isPresent()) {
            throw new OmniumFailure(
                    409, "A product category with id " + category.get("id").asString() + " exists");
        }
        store.putCategory(category);
        return SimResponse.text(200, "text/plain; charset=utf-8", "");
    }

    /** {@code PUT /api/ProductCategories}: creates or overwrites. */
    SimResponse put(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        ObjectNode category = normalized(body);
        store.category(category.get("id").asString(), OmniumCatalogWriter.LANGUAGE)
                .ifPresent(existing -> category.set("created", existing.get("created")));
        store.putCategory(category);
        renameOnProducts(category);
        return SimResponse.text(200, "text/plain; charset=utf-8", "");
    }

    SimResponse addMany(SimRequest request, List<String> params) {
        for (JsonNode body : OmniumPaging.batch(OmniumJson.parse(request.body()), OmniumPaging.MAX_BATCH)) {
            ObjectNode category = normalized(body);
            store.putCategory(category);
            renameOnProducts(category);
        }
        return SimResponse.text(200, "text/plain; charset=utf-8", "");
    }

    /** {@code PATCH /api/ProductCategories/{categoryId}} → update counters; 404 when unknown. */
    SimResponse patch(SimRequest request, List<String> params) {
        ObjectNode category = category(params.getFirst(), null);
        boolean modified = patch(category, OmniumJson.parse(request.body()));
        return SimResponse.json(200, ProductsHandler.counters(1, modified ? 1 : 0, modified ? 0 : 1, List.of(), 0));
    }

    SimResponse patchMany(SimRequest request, List<String> params) {
        List<JsonNode> patches = OmniumPaging.batch(OmniumJson.parse(request.body()), OmniumPaging.MAX_BATCH);
        int updated = 0;
        int unchanged = 0;
        List<String> missing = new java.util.ArrayList<>();
        for (JsonNode patch : patches) {
            String id = OmniumJson.text(patch, "id");
            if (id == null) {
                id = OmniumJson.text(patch, "categoryId");
            }
            ObjectNode category = id == null
                    ? null
                    : store.category(id, OmniumCatalogWriter.LANGUAGE).orElse(null);
            if (category == null) {
                missing.add(String.valueOf(id));
            } else if (patch(category, patch)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        return SimResponse.json(200, ProductsHandler.counters(patches.size(), updated, unchanged, missing, 0));
    }

    private boolean patch(ObjectNode category, JsonNode patch) {
        String before = category.toString();
        OmniumPatch.apply(category, patch, IMMUTABLE);
        boolean modified = !before.equals(category.toString());
        if (modified) {
            category.put("modified", OmniumJson.time(clock.instant()));
            renameOnProducts(category);
        }
        return modified;
    }

    /** {@code DELETE /api/ProductCategories/{productCategoryId}}: removes it and its references on products. */
    SimResponse delete(SimRequest request, List<String> params) {
        ObjectNode category = category(params.getFirst(), null);
        store.removeCategory(category.get("id").asString());
        String categoryId = category.get("categoryId").asString();
        for (ObjectNode product : store.products()) {
            if (OmniumJson.strings(product.get("categoryIds")).contains(categoryId)) {
                ProductsHandler.unlink(product, categoryId);
                product.put("modified", OmniumJson.time(clock.instant()));
            }
        }
        return SimResponse.text(200, "text/plain; charset=utf-8", "");
    }

    private void renameOnProducts(ObjectNode category) {
        String categoryId = category.get("categoryId").asString();
        for (ObjectNode product : store.products()) {
            for (JsonNode ref : product.path("categories").values()) {
                if (categoryId.equals(ref.path("categoryId").asString())) {
                    ((ObjectNode) ref).put("name", category.path("name").asString(null));
                }
            }
            if (categoryId.equals(product.path("mainCategoryId").asString(null))) {
                product.put("mainCategoryName", category.path("name").asString(null));
            }
        }
    }

    private ObjectNode normalized(JsonNode body) {
        ObjectNode category = OmniumPatch.normalize(body);
        String language = category.path("language").asString(OmniumCatalogWriter.LANGUAGE);
        String categoryId = category.path("categoryId").asString(null);
        String id = category.path("id").asString(null);
        if (categoryId == null && id != null) {
            categoryId = id.endsWith("_" + language) ? id.substring(0, id.length() - language.length() - 1) : id;
        }
        if (categoryId == null || categoryId.isBlank() || !category.hasNonNull("name")) {
            throw OmniumFailure.badRequest("categoryId (or id) and name are required");
        }
        String now = OmniumJson.time(clock.instant());
        category.put("categoryId", categoryId);
        category.put("language", language);
        category.put("id", categoryId + "_" + language);
        for (String field : List.of("description", "parentId", "productSearchId", "imageUrl")) {
            if (!category.has(field)) {
                category.putNull(field);
            }
        }
        if (!category.has("isHidden")) {
            category.put("isHidden", false);
        }
        if (!category.has("sortIndex")) {
            category.put("sortIndex", store.categories().size());
        }
        if (!category.has("properties")) {
            category.putArray("properties");
        }
        category.put("created", now);
        category.put("modified", now);
        return category;
    }

    private static List<ObjectNode> sorted(List<ObjectNode> categories) {
        return categories.stream()
                .sorted(Comparator.comparingInt((ObjectNode category) ->
                                category.path("sortIndex").asInt())
                        .thenComparing(category -> category.get("id").asString()))
                .toList();
    }
}
