package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Products (reference §6, §7, §12 r25): get by document id, product id or SKU (stock fields calculated from the
 * inventory items), by market, variants, {@code SearchProducts} (list-item shape), scroll (full products), products of
 * a category, {@code PATCH /api/Products/{id}} and {@code PatchMany} (patch semantics, {@code categoryIdsToRemove}),
 * and {@code PUT /api/Products/ProductCategories} linking products to categories.
 */
final class ProductsHandler {

    static final String SCROLL_KIND = "products";
    private static final Set<String> IMMUTABLE =
            Set.of("id", "productId", "created", "modified", "variants", "categories", "categoryIds", "language");

    private final OmniumStore store;
    private final OmniumOptions options;
    private final OmniumScrolls scrolls;
    private final Clock clock;

    ProductsHandler(OmniumStore store, OmniumOptions options, OmniumScrolls scrolls, Clock clock) {
        this.store = store;
        this.options = options;
        this.scrolls = scrolls;
        this.clock = clock;
    }

    private ObjectNode product(String key) {
        return store.product(key).orElseThrow(() -> OmniumFailure.notFound("Product not found"));
    }

    /** The product as Omnium answers it: a copy with the calculated stock fields of every variant and in total. */
    ObjectNode rendered(ObjectNode product) {
        ObjectNode copy = product.deepCopy();
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        boolean tracked = false;
        for (JsonNode variant : copy.path("variants").values()) {
            String sku = variant.path("skuId").asString();
            if (store.inventory().tracks(sku)) {
                tracked = true;
            }
            store.inventory().describe((ObjectNode) variant, sku);
            total = total.add(variant.get("availableInventory").decimalValue());
        }
        if (copy.hasNonNull("skuId")) {
            store.inventory().describe(copy, copy.get("skuId").asString());
        } else {
            copy.put("availableInventory", total);
            copy.put("isInStock", total.signum() > 0);
            copy.put("inventoryStatus", OmniumInventory.status(total));
            copy.putArray("inventory");
        }
        copy.put(
                "isVirtual",
                !tracked
                        && copy.path("variants").values().stream()
                                .allMatch(variant -> variant.path("isVirtual").asBoolean()));
        store.defaultMarket().ifPresent(market -> copy.set("price", currentPrice(copy, market)));
        return copy;
    }

    private static @Nullable JsonNode currentPrice(ObjectNode product, JsonNode market) {
        for (JsonNode variant : product.path("variants").values()) {
            for (JsonNode price : variant.path("prices").values()) {
                if (pricedFor(price, market)) {
                    return price.deepCopy();
                }
            }
        }
        return null;
    }

    /**
     * Whether a price applies to a market: set for the market itself, or for its market group in the market's currency
     * (a group may span currencies) [I].
     */
    static boolean pricedFor(JsonNode price, JsonNode market) {
        String marketId = market.path("marketId").asString("");
        String group = market.path("marketGroupId").asString("");
        return marketId.equalsIgnoreCase(price.path("marketId").asString(""))
                || !group.isEmpty()
                        && group.equals(price.path("marketGroupId").asString(""))
                        && market.path("currency")
                                .asString("")
                                .equalsIgnoreCase(price.path("currencyCode").asString(""));
    }

    SimResponse get(SimRequest request, List<String> params) {
        return SimResponse.json(200, rendered(product(params.getFirst())));
    }

    SimResponse raw(SimRequest request, List<String> params) {
        ObjectNode product = store.products().stream()
                .filter(candidate -> candidate.get("id").asString().equals(params.getFirst()))
                .findFirst()
                .orElseThrow(() -> OmniumFailure.notFound("Product not found"));
        return SimResponse.json(200, rendered(product));
    }

    /** {@code GET /api/Products/{id}/ByMarket/{marketId}}: that market's prices (or its group's, in its currency). */
    SimResponse byMarket(SimRequest request, List<String> params) {
        ObjectNode product = rendered(product(params.get(0)));
        JsonNode market = store.market(params.get(1)).orElseThrow(() -> OmniumFailure.notFound("Market not found"));
        for (JsonNode variant : product.path("variants").values()) {
            ArrayNode prices = (ArrayNode) variant.get("prices");
            for (int index = prices.size() - 1; index >= 0; index--) {
                if (!pricedFor(prices.get(index), market)) {
                    prices.remove(index);
                }
            }
        }
        return SimResponse.json(200, product);
    }

    /** {@code GET /api/Products/{id}/Variants}: the variants as a plain list [I]. */
    SimResponse variants(SimRequest request, List<String> params) {
        return SimResponse.json(200, rendered(product(params.getFirst())).get("variants"));
    }

    /** {@code GET /api/Products/Variants/{variantId}}: one variant by SKU. */
    SimResponse variant(SimRequest request, List<String> params) {
        ObjectNode product = rendered(product(params.getFirst()));
        for (JsonNode variant : product.path("variants").values()) {
            if (variant.path("skuId").asString().equals(params.getFirst())) {
                return SimResponse.json(200, variant);
            }
        }
        throw OmniumFailure.notFound("Variant not found");
    }

    /** {@code POST /api/Products/SearchProducts}: list items ({@code OmniumProductListItemViewModel}), 0-based. */
    SimResponse search(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        List<ObjectNode> items = matching(body).stream().map(this::listItem).toList();
        ObjectNode page = OmniumPaging.searchPage(body, options, items);
        if (OmniumJson.flag(body, "isFacetsDisabled")) {
            page.remove("facets");
        }
        return SimResponse.json(200, page);
    }

    SimResponse startScroll(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        Integer take = OmniumJson.integer(body, "take");
        List<ObjectNode> products = matching(body).stream().map(this::rendered).toList();
        String id =
                scrolls.start(SCROLL_KIND, products, take == null || take <= 0 ? options.defaultScrollBatch() : take);
        return SimResponse.json(200, OmniumScrolls.wrapper(scrolls.next(SCROLL_KIND, id)));
    }

    SimResponse continueScroll(SimRequest request, List<String> params) {
        return SimResponse.json(200, OmniumScrolls.wrapper(scrolls.next(SCROLL_KIND, params.getFirst())));
    }

    private List<ObjectNode> matching(JsonNode body) {
        String text = OmniumJson.text(body, "searchText");
        List<String> productIds = OmniumJson.strings(body, "productIds");
        List<String> skuIds = OmniumJson.strings(body, "skuIds");
        List<String> categories = OmniumJson.strings(body, "productCategoryIds");
        List<String> tags = OmniumJson.strings(body, "tags");
        JsonNode active = OmniumJson.field(body, "isActive");
        JsonNode inStock = OmniumJson.field(body, "isInStock");
        Instant modifiedFrom = instant(body, "modifiedFrom");
        Instant modifiedTo = instant(body, "modifiedTo");
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode product : store.products()) {
            if (text != null && !mentions(product, text)
                    || !productIds.isEmpty()
                            && !productIds.contains(product.path("productId").asString())
                            && !productIds.contains(product.path("id").asString())
                    || !skuIds.isEmpty() && skus(product).stream().noneMatch(skuIds::contains)
                    || !categories.isEmpty()
                            && OmniumJson.strings(product.get("categoryIds")).stream()
                                    .noneMatch(categories::contains)
                    || !OmniumJson.strings(product.get("tags")).containsAll(tags)
                    || active != null && product.path("isActive").asBoolean() != active.asBoolean()
                    || modifiedFrom != null && modified(product).isBefore(modifiedFrom)
                    || modifiedTo != null && !modified(product).isBefore(modifiedTo)) {
                continue;
            }
            if (inStock != null && rendered(product).path("isInStock").asBoolean() != inStock.asBoolean()) {
                continue;
            }
            out.add(product);
        }
        return out;
    }

    private static Instant modified(ObjectNode product) {
        return OmniumJson.parseTime(product.path("modified").asString());
    }

    private static @Nullable Instant instant(JsonNode body, String name) {
        String text = OmniumJson.text(body, name);
        return text == null ? null : OmniumJson.parseTime(text);
    }

    private static List<String> skus(ObjectNode product) {
        List<String> skus = new ArrayList<>();
        if (product.hasNonNull("skuId")) {
            skus.add(product.get("skuId").asString());
        }
        product.path("variants")
                .values()
                .forEach(variant -> skus.add(variant.path("skuId").asString()));
        return skus;
    }

    private static boolean mentions(ObjectNode product, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return product.path("name").asString("").toLowerCase(Locale.ROOT).contains(needle)
                || product.path("productId").asString().equalsIgnoreCase(text)
                || skus(product).stream().anyMatch(sku -> sku.equalsIgnoreCase(text));
    }

    /** The list-item shape: the product's list fields, {@code productCategories}, variants as list items. */
    private ObjectNode listItem(ObjectNode product) {
        ObjectNode full = rendered(product);
        ObjectNode item = OmniumJson.object();
        for (String field : List.of(
                "id",
                "productId",
                "skuId",
                "name",
                "description",
                "shortDescription",
                "isActive",
                "isSku",
                "mainImageUrl",
                "assets",
                "categories",
                "categoryIds",
                "mainCategoryId",
                "mainCategoryName",
                "tags",
                "properties",
                "externalIds",
                "price",
                "inventory",
                "modified",
                "published",
                "isVirtual")) {
            if (full.has(field)) {
                item.set(field, full.get(field));
            }
        }
        item.set("productCategories", full.path("categories").deepCopy());
        ArrayNode variants = item.putArray("variants");
        for (JsonNode variant : full.path("variants").values()) {
            ObjectNode listed = OmniumJson.object();
            for (String field : List.of(
                    "id",
                    "skuId",
                    "productId",
                    "name",
                    "ean",
                    "size",
                    "color",
                    "isSku",
                    "isActive",
                    "isMainProductVariant",
                    "isVirtual",
                    "prices",
                    "inventory",
                    "properties")) {
                if (variant.has(field)) {
                    listed.set(field, variant.get(field));
                }
            }
            variants.add(listed);
        }
        return item;
    }

    /** {@code GET /api/Products/ProductCategories/{categoryId}?page&pageSize}: the category's products. */
    SimResponse inCategory(SimRequest request, List<String> params) {
        String categoryId = params.getFirst().replaceFirst("_[a-zA-Z]{2}$", "");
        List<ObjectNode> products = store.products().stream()
                .filter(product ->
                        OmniumJson.strings(product.get("categoryIds")).contains(categoryId))
                .map(this::rendered)
                .toList();
        return SimResponse.json(200, OmniumPaging.listPage(request.query(), products));
    }

    /** {@code PATCH /api/Products/{productId}} with {@code OmniumProductPatch} → {@code OmniumProductUpdateResult}. */
    SimResponse patch(SimRequest request, List<String> params) {
        ObjectNode product = product(params.getFirst());
        boolean modified = patch(product, OmniumJson.parse(request.body()));
        return SimResponse.json(200, counters(1, modified ? 1 : 0, modified ? 0 : 1, List.of(), 0));
    }

    /** {@code PATCH /api/Products/PatchMany}: at most 1,000 patches → {@code OmniumProductsAndVariantsUpdateResult}. */
    SimResponse patchMany(SimRequest request, List<String> params) {
        List<JsonNode> patches = OmniumPaging.batch(OmniumJson.parse(request.body()), OmniumPaging.MAX_BATCH);
        int updated = 0;
        int unchanged = 0;
        List<String> notFound = new ArrayList<>();
        for (JsonNode patch : patches) {
            String key = OmniumJson.text(patch, "productId");
            if (key == null) {
                key = OmniumJson.text(patch, "id");
            }
            ObjectNode product = key == null ? null : store.product(key).orElse(null);
            if (product == null) {
                notFound.add(String.valueOf(key));
            } else if (patch(product, patch)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        ObjectNode result = OmniumJson.object();
        result.set("productUpdateResultTotal", counters(patches.size(), updated, unchanged, notFound, 0));
        result.set("variantUpdateResultTotal", counters(0, 0, 0, List.of(), 0));
        return SimResponse.json(200, result);
    }

    private boolean patch(ObjectNode product, JsonNode patch) {
        String before = product.toString();
        OmniumPatch.apply(product, patch, IMMUTABLE);
        JsonNode categories = OmniumJson.field(patch, "categories");
        if (categories != null && categories.isArray()) {
            JsonNode keep = OmniumJson.field(patch, "keepExistingListItems");
            if (keep != null && !keep.asBoolean()) {
                product.putArray("categories");
                product.putArray("categoryIds");
            }
            for (JsonNode category : categories.values()) {
                String categoryId = OmniumJson.text(category, "categoryId");
                if (categoryId != null) {
                    link(product, categoryId);
                }
            }
        }
        for (String categoryId : OmniumJson.strings(patch, "categoryIdsToRemove")) {
            unlink(product, categoryId);
        }
        JsonNode variants = OmniumJson.field(patch, "variants");
        if (variants != null && variants.isArray()) {
            for (JsonNode variantPatch : variants.values()) {
                String sku = OmniumJson.text(variantPatch, "skuId");
                for (JsonNode variant : product.path("variants").values()) {
                    if (sku != null && sku.equals(variant.path("skuId").asString())) {
                        OmniumPatch.apply((ObjectNode) variant, variantPatch, Set.of("skuId", "id", "prices"));
                    }
                }
            }
        }
        boolean modified = !before.equals(product.toString());
        if (modified) {
            product.put("modified", OmniumJson.time(clock.instant()));
        }
        return modified;
    }

    /** {@code PUT /api/Products/ProductCategories} with {@code [{productId, productCategoryId}]}. */
    SimResponse linkCategories(SimRequest request, List<String> params) {
        List<JsonNode> relations = OmniumPaging.batch(OmniumJson.parse(request.body()), OmniumPaging.MAX_BATCH);
        int updated = 0;
        int unchanged = 0;
        int errors = 0;
        List<String> notFound = new ArrayList<>();
        for (JsonNode relation : relations) {
            String productId = OmniumJson.text(relation, "productId");
            String categoryId = OmniumJson.text(relation, "productCategoryId");
            ObjectNode product =
                    productId == null ? null : store.product(productId).orElse(null);
            if (product == null) {
                notFound.add(String.valueOf(productId));
                continue;
            }
            if (categoryId == null
                    || store.category(categoryId, OmniumCatalogWriter.LANGUAGE).isEmpty()) {
                errors++;
                continue;
            }
            String bare = store.category(categoryId, OmniumCatalogWriter.LANGUAGE)
                    .get()
                    .get("categoryId")
                    .asString();
            if (link(product, bare)) {
                product.put("modified", OmniumJson.time(clock.instant()));
                updated++;
            } else {
                unchanged++;
            }
        }
        return SimResponse.json(200, counters(relations.size(), updated, unchanged, notFound, errors));
    }

    /** Adds the category reference; answers whether the product changed. */
    private boolean link(ObjectNode product, String categoryId) {
        ArrayNode ids = product.withArray("categoryIds");
        if (OmniumJson.strings(ids).contains(categoryId)) {
            return false;
        }
        ids.add(categoryId);
        String name = store.category(categoryId, OmniumCatalogWriter.LANGUAGE)
                .map(category -> category.path("name").asString(null))
                .orElse(null);
        product.withArray("categories").add(OmniumCatalogWriter.categoryRef(categoryId, name));
        if (!product.hasNonNull("mainCategoryId")) {
            product.put("mainCategoryId", categoryId);
            product.put("mainCategoryName", name);
        }
        return true;
    }

    /** Removes the category from {@code categoryIds} and {@code categories} (and as main category). */
    static void unlink(ObjectNode product, String categoryId) {
        ArrayNode ids = product.withArray("categoryIds");
        for (int index = ids.size() - 1; index >= 0; index--) {
            if (ids.get(index).asString().equals(categoryId)) {
                ids.remove(index);
            }
        }
        ArrayNode categories = product.withArray("categories");
        for (int index = categories.size() - 1; index >= 0; index--) {
            if (categories.get(index).path("categoryId").asString().equals(categoryId)) {
                categories.remove(index);
            }
        }
        if (categoryId.equals(product.path("mainCategoryId").asString(null))) {
            List<String> left = OmniumJson.strings(ids);
            product.put("mainCategoryId", left.isEmpty() ? null : left.getFirst());
            product.put(
                    "mainCategoryName",
                    categories.isEmpty() ? null : categories.get(0).path("name").asString(null));
        }
    }

    static ObjectNode counters(int total, int updated, int unchanged, List<String> notFound, int errors) {
        ObjectNode result = OmniumJson.object();
        result.put("totalCount", total);
        result.put("updatedCount", updated);
        result.put("unchangedCount", unchanged);
        result.put("notFoundCount", notFound.size());
        ArrayNode ids = result.putArray("notFoundIds");
        notFound.forEach(ids::add);
        result.put("errorCount", errors);
        result.put("isModified", updated > 0);
        result.putNull("errorMessage");
        return result;
    }
}
