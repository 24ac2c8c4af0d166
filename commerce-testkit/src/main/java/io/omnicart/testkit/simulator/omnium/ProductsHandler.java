package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Products (reference §6, §12 r25): get by product id, language-suffixed id or SKU; {@code SearchProducts}. */
final class ProductsHandler {

    private final OmniumStore store;
    private final OmniumOptions options;

    ProductsHandler(OmniumStore store, OmniumOptions options) {
        this.store = store;
        this.options = options;
    }

    SimResponse get(SimRequest request, List<String> params) {
        String key = params.getFirst();
        for (ObjectNode product : store.products()) {
            if (identifies(product, key)) {
                return SimResponse.json(200, product.deepCopy());
            }
        }
        throw OmniumFailure.notFound("Product not found");
    }

    private static boolean identifies(ObjectNode product, String key) {
        if (product.path("id").asString().equals(key)
                || product.path("productId").asString().equals(key)) {
            return true;
        }
        for (JsonNode variant : product.path("variants").values()) {
            if (variant.path("skuId").asString().equals(key)) {
                return true;
            }
        }
        return false;
    }

    SimResponse search(SimRequest request, List<String> params) {
        JsonNode body = OmniumJson.parse(request.body());
        String text = OmniumJson.text(body, "searchText");
        List<ObjectNode> matching = store.products().stream()
                .filter(product -> text == null
                        || product.path("name")
                                .asString()
                                .toLowerCase(Locale.ROOT)
                                .contains(text.toLowerCase(Locale.ROOT)))
                .toList();
        return SimResponse.json(200, OmniumPaging.searchPage(body, options, matching));
    }

    /** {@code GET /api/ProductCategories}: 1-based {@code page}, {@code pageSize} up to 1000 (reference §2). */
    SimResponse categories(SimRequest request, List<String> params) {
        List<JsonNode> categories = new ArrayList<>();
        store.categories().values().forEach(categories::add);
        return SimResponse.json(200, OmniumPaging.listPage(request.query(), categories, 1000));
    }

    /** {@code GET /api/Products/ProductCategories/{categoryId}}: the category's products, GET-list paging. */
    SimResponse inCategory(SimRequest request, List<String> params) {
        List<ObjectNode> products = store.products().stream()
                .filter(product ->
                        OmniumJson.strings(product.get("categoryIds")).contains(params.getFirst()))
                .toList();
        return SimResponse.json(200, OmniumPaging.listPage(request.query(), products));
    }
}
