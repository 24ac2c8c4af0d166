package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reference §6, §7: product shapes, list items, categories (tree, create, patch, delete) and product links. */
class OmniumCatalogTest {

    private final OmniumSimulator simulator = OmniumSimulator.start();
    private final SeededStore seeded = simulator.seed(StandardSeed.create());
    private final OmniumHttp http = OmniumHttp.loggedIn(simulator);

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void productsCarryCategoriesVariantAxesAndStock() {
        JsonNode tee = http.get("/api/Products/classic-tee").json();
        assertThat(tee.get("categories").get(0).get("categoryId").asString()).isEqualTo("summer-essentials");
        assertThat(tee.get("categoryIds").get(0).asString()).isEqualTo("summer-essentials");
        JsonNode soldOut = OmniumInventoryTest.variant(tee, "TEE-M-WHT");
        assertThat(soldOut.get("size").asString()).isEqualTo("M");
        assertThat(soldOut.get("color").asString()).isEqualTo("White");
        assertThat(soldOut.get("inventoryStatus").asString()).isEqualTo("OutOfStock");
        assertThat(soldOut.get("prices").values())
                .as("one price per currency for the market group")
                .allMatch(price -> price.get("marketGroupId").asString().equals("web"))
                .extracting(price -> price.get("currencyCode").asString())
                .containsExactlyInAnyOrder("EUR", "USD");
        JsonNode inUs = http.get("/api/Products/classic-tee/ByMarket/US").json();
        assertThat(OmniumInventoryTest.variant(inUs, "TEE-M-WHT").get("prices").values())
                .as("a market sees its group's price in its own currency")
                .singleElement()
                .satisfies(price ->
                        assertThat(price.get("currencyCode").asString()).isEqualTo("USD"));
        JsonNode gift = http.get("/api/Products/GIFT-50").json();
        assertThat(OmniumInventoryTest.variant(gift, "GIFT-50").get("isVirtual").asBoolean())
                .isTrue();
        assertThat(OmniumInventoryTest.variant(gift, "GIFT-50")
                        .get("properties")
                        .get(0)
                        .get("key")
                        .asString())
                .isEqualTo("Value");
    }

    @Test
    void searchProductsAnswersListItemsAndFilters() {
        JsonNode page = http.post(
                        "/api/Products/SearchProducts",
                        "{\"productCategoryIds\":[\"winter-warmers\"],\"isFacetsDisabled\":true,\"take\":10}")
                .json();
        assertThat(page.get("totalHits").asLong()).isEqualTo(2);
        assertThat(page.has("facets")).isFalse();
        assertThat(page.get("result").get(0).has("productCategories")).isTrue();
        assertThat(http.post("/api/Products/SearchProducts", "{\"isActive\":true,\"take\":0}")
                        .json()
                        .get("totalHits")
                        .asLong())
                .isEqualTo(seeded.seed().products().stream()
                        .filter(p -> p.status() == io.omnicart.testkit.simulator.seed.SeedProductStatus.PUBLISHED)
                        .count());
    }

    @Test
    void categoryTreeCountsProducts() {
        JsonNode tree = http.get("/api/ProductCategories/GetCategoryTree").json();
        assertThat(tree.values())
                .filteredOn(node ->
                        node.get("productCategory").get("categoryId").asString().equals("winter-warmers"))
                .singleElement()
                .satisfies(node -> assertThat(node.get("productCount").asInt()).isEqualTo(2));
        assertThat(http.get("/api/ProductCategories/winter-warmers_en")
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Winter Warmers");
        assertThat(http.get("/api/ProductCategories/winter-warmers?language=en").status())
                .isEqualTo(200);
    }

    @Test
    void createPatchAndDeleteACategory() {
        assertThat(http.post("/api/ProductCategories", "{\"categoryId\":\"gifts\",\"name\":\"Gift Ideas\"}")
                        .status())
                .isEqualTo(200);
        assertThat(http.post("/api/ProductCategories", "{\"categoryId\":\"gifts\",\"name\":\"Again\"}")
                        .status())
                .isEqualTo(409);
        JsonNode patched = http.patch("/api/ProductCategories/gifts_en", "{\"name\":\"Gifts\"}")
                .json();
        assertThat(patched.get("updatedCount").asInt()).isEqualTo(1);
        assertThat(http.get("/api/ProductCategories/gifts").json().get("name").asString())
                .isEqualTo("Gifts");

        assertThat(http.delete("/api/ProductCategories/gifts_en").status()).isEqualTo(200);
        assertThat(http.get("/api/ProductCategories/gifts").status()).isEqualTo(404);
    }

    @Test
    void linkAndUnlinkProductsIdempotently() {
        String body = "[{\"productId\":\"gift-card\",\"productCategoryId\":\"summer-essentials\"}]";
        assertThat(http.put("/api/Products/ProductCategories", body)
                        .json()
                        .get("updatedCount")
                        .asInt())
                .isEqualTo(1);
        assertThat(http.put("/api/Products/ProductCategories", body)
                        .json()
                        .get("unchangedCount")
                        .asInt())
                .isEqualTo(1);
        assertThat(http.get("/api/Products/ProductCategories/summer-essentials?pageSize=100")
                        .json()
                        .get("result")
                        .values())
                .extracting(product -> product.get("productId").asString())
                .contains("gift-card");

        http.patch("/api/Products/gift-card", "{\"categoryIdsToRemove\":[\"summer-essentials\"]}");
        JsonNode gift = http.get("/api/Products/gift-card").json();
        assertThat(gift.get("categories").isEmpty()).isTrue();
        assertThat(gift.get("mainCategoryId").isNull()).isTrue();
    }
}
