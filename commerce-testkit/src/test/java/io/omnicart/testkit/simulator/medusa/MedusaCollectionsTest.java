package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Collections: CRUD, product membership and Medusa's 200-for-unknown-id quirks. */
class MedusaCollectionsTest {

    private static MedusaSimulator simulator;
    private SeededStore seeded;
    private MedusaHttp http;

    @BeforeAll
    static void start() {
        simulator = MedusaSimulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void seed() {
        seeded = simulator.seed(StandardSeed.create());
        http = MedusaHttp.withKey(simulator);
    }

    @Test
    void listsTenByDefaultWithoutProducts() {
        JsonNode page = http.get("/admin/collections").json();

        assertThat(page.get("limit").asInt()).isEqualTo(10);
        assertThat(page.get("count").asInt()).isEqualTo(2);
        assertThat(page.at("/collections/0").has("products")).isFalse();
        assertThat(http.get("/admin/collections?q=winter").json().get("count").asInt())
                .isEqualTo(1);
    }

    @Test
    void unknownIdsAreEmpty200sExceptOnUpdate() {
        MedusaHttp.Reply get = http.get("/admin/collections/pcol_NOPE");
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.body()).isEqualTo("{}");
        assertThat(http.post("/admin/collections/pcol_NOPE/products", "{\"add\":[]}")
                        .body())
                .isEqualTo("{}");
        assertThat(http.delete("/admin/collections/pcol_NOPE")
                        .json()
                        .get("deleted")
                        .asBoolean())
                .isTrue();

        MedusaHttp.Reply update = http.post("/admin/collections/pcol_NOPE", "{\"title\":\"x\"}");
        assertThat(update.status()).isEqualTo(404);
        assertThat(update.json().get("message").asString()).isEqualTo("Collection with id \"pcol_NOPE\" not found");
    }

    @Test
    void createDerivesTheHandleAndRefusesDuplicatesAndUnknownFields() {
        JsonNode created = http.post("/admin/collections", "{\"title\":\"Autumn Sale 2026\"}")
                .json()
                .get("collection");
        assertThat(created.get("handle").asString()).isEqualTo("autumn-sale-2026");

        MedusaHttp.Reply duplicate =
                http.post("/admin/collections", "{\"title\":\"Again\",\"handle\":\"autumn-sale-2026\"}");
        assertThat(duplicate.status()).isEqualTo(422);
        MedusaHttp.Reply invalid = http.post("/admin/collections", "{\"name\":\"missing title\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("message").asString())
                .isEqualTo("Invalid request: Field 'title' is required; Unrecognized fields: 'name'");
    }

    @Test
    void addingAProductMovesItFromItsOtherCollection() {
        String summer = seeded.collectionId("summer-essentials");
        String winter = seeded.collectionId("winter-warmers");
        String tee = seeded.productId("classic-tee");

        JsonNode winterNow = http.post(
                        "/admin/collections/" + winter + "/products?fields=id,*products", "{\"add\":[\"" + tee + "\"]}")
                .json()
                .get("collection");
        assertThat(winterNow.get("products").size()).isEqualTo(3);
        assertThat(productCount(summer)).isEqualTo(2);

        http.post("/admin/collections/" + winter + "/products", "{\"remove\":[\"" + tee + "\"]}");
        assertThat(http.get("/admin/products/" + tee + "?fields=id,collection_id")
                        .json()
                        .at("/product/collection_id")
                        .isNull())
                .isTrue();
    }

    @Test
    void updatesAndDeletes() {
        String winter = seeded.collectionId("winter-warmers");
        JsonNode renamed = http.post("/admin/collections/" + winter, "{\"title\":\"Cold Days\",\"metadata\":{\"k\":1}}")
                .json()
                .get("collection");
        assertThat(renamed.get("title").asString()).isEqualTo("Cold Days");
        assertThat(renamed.get("handle").asString()).isEqualTo("winter-warmers");

        assertThat(http.delete("/admin/collections/" + winter)
                        .json()
                        .get("object")
                        .asString())
                .isEqualTo("collection");
        assertThat(http.get("/admin/collections/" + winter).body()).isEqualTo("{}");
        assertThat(http.get("/admin/products/" + seeded.productId("hoodie") + "?fields=id,collection_id")
                        .json()
                        .at("/product/collection_id")
                        .isNull())
                .isTrue();
    }

    private int productCount(String collection) {
        return http.get("/admin/collections/" + collection + "?fields=id,products.id")
                .json()
                .at("/collection/products")
                .size();
    }
}
