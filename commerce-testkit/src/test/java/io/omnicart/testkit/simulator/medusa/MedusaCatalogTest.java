package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Products, variants with their computed stock, and inventory items with location levels. */
class MedusaCatalogTest {

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
    void listsFiftyByDefault() {
        JsonNode page = http.get("/admin/products").json();

        assertThat(page.get("limit").asInt()).isEqualTo(50);
        assertThat(page.get("count").asInt()).isEqualTo(8);
        assertThat(http.get("/admin/products?limit=3&offset=6&fields=id")
                        .json()
                        .get("products")
                        .size())
                .isEqualTo(2);
    }

    @Test
    void statusMustBeAnArray() {
        MedusaHttp.Reply single = http.get("/admin/products?status=published");
        assertThat(single.status()).isEqualTo(400);
        assertThat(single.json().get("message").asString())
                .isEqualTo("Invalid request: Expected type: 'array' for field 'status', got: 'published'");

        assertThat(handles("/admin/products?status[]=draft&status[]=proposed&fields=handle"))
                .containsExactlyInAnyOrder("wool-beanie", "leather-wallet");
    }

    @Test
    void searchesTitlesAndSkusAndFiltersByCollection() {
        assertThat(handles("/admin/products?q=TEE&fields=handle")).containsExactly("classic-tee");
        assertThat(handles("/admin/products?q=snk&fields=handle")).containsExactly("canvas-sneakers");
        assertThat(handles(
                        "/admin/products?collection_id=" + seeded.collectionId("summer-essentials") + "&fields=handle"))
                .containsExactly("classic-tee", "canvas-sneakers", "canvas-tote");
    }

    @Test
    void pricesAreMajorUnitsWithLowerCaseCurrencies() {
        JsonNode product = http.get("/admin/products/" + seeded.productId("classic-tee"))
                .json()
                .get("product");
        JsonNode prices = product.at("/variants/0/prices");

        assertThat(prices.get(0).get("amount").decimalValue()).isEqualByComparingTo("19.99");
        assertThat(prices.get(0).get("currency_code").asString()).isEqualTo("eur");
        assertThat(prices.get(1).get("amount").decimalValue()).isEqualByComparingTo("24.99");
        assertThat(product.at("/collection/handle").asString()).isEqualTo("summer-essentials");
        assertThat(product.at("/options/0/values").size()).isEqualTo(3);
        assertThat(product.at("/variants/0/options/0/option/title").asString()).isEqualTo("Size");
    }

    @Test
    void inventoryQuantityIsComputedOnlyOnTheVariantRoutes() {
        String tee = seeded.productId("classic-tee");
        JsonNode onProduct = http.get("/admin/products/" + tee + "?fields=id,*variants,variants.inventory_quantity")
                .json()
                .at("/product/variants/0");
        assertThat(onProduct.has("inventory_quantity")).isFalse();

        JsonNode variants = http.get("/admin/products/" + tee + "/variants?fields=id,sku,inventory_quantity")
                .json();
        assertThat(variants.at("/variants/0").propertyNames())
                .containsExactly("id", "sku", "manage_inventory", "inventory_quantity");
        assertThat(quantity(variants, "TEE-M-WHT")).isZero();
        assertThat(quantity(variants, "TEE-M-BLK")).isEqualTo(34);
        assertThat(http.get("/admin/products/" + tee + "/variants")
                        .json()
                        .at("/variants/0")
                        .has("inventory_quantity"))
                .isFalse();
    }

    @Test
    void untrackedVariantsHaveNoInventoryQuantity() {
        JsonNode gift = http.get("/admin/product-variants?sku=GIFT-50&fields=id,sku,inventory_quantity")
                .json();

        assertThat(gift.at("/variants/0/manage_inventory").asBoolean()).isFalse();
        assertThat(gift.at("/variants/0").has("inventory_quantity")).isFalse();
    }

    @Test
    void openOrdersReserveStock() {
        JsonNode item = http.get("/admin/inventory-items?sku=HOOD-L").json().at("/inventory_items/0");
        assertThat(item.get("stocked_quantity").asInt()).isEqualTo(7);
        assertThat(item.get("reserved_quantity").asInt()).isEqualTo(2);
        assertThat(item.at("/location_levels/0/available_quantity").asInt()).isEqualTo(5);
    }

    @Test
    void productVariantsRefusesUnknownParameters() {
        MedusaHttp.Reply reply = http.get("/admin/product-variants?product_id=" + seeded.productId("hoodie"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asString())
                .isEqualTo("Invalid request: Unrecognized fields: 'product_id'");
    }

    @Test
    void stockUpdatesAtALocationLevelChangeTheComputedQuantity() {
        String item = seeded.inventoryItemId("TEE-M-WHT");
        MedusaHttp.Reply reply = http.post(
                "/admin/inventory-items/" + item + "/location-levels/" + seeded.locationId(),
                "{\"stocked_quantity\":7}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()
                        .at("/inventory_item/location_levels/0/stocked_quantity")
                        .asInt())
                .isEqualTo(7);
        assertThat(quantity(
                        http.get("/admin/product-variants?sku=TEE-M-WHT&fields=sku,inventory_quantity")
                                .json(),
                        "TEE-M-WHT"))
                .isEqualTo(7);
    }

    @Test
    void stockUpdatesAtAnUnstockedLocationAre404s() {
        String item = seeded.inventoryItemId("TEE-M-WHT");
        MedusaHttp.Reply reply =
                http.post("/admin/inventory-items/" + item + "/location-levels/sloc_NOPE", "{\"stocked_quantity\":1}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asString())
                .isEqualTo("Item " + item + " is not stocked at location sloc_NOPE");
        assertThat(http.post(
                                "/admin/inventory-items/" + item + "/location-levels/" + seeded.locationId(),
                                "{\"stocked_quantity\":-1}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void batchUpdatesSeveralLevels() {
        String body = "{\"update\":[{\"inventory_item_id\":\"" + seeded.inventoryItemId("SNK-40") + "\","
                + "\"location_id\":\"" + seeded.locationId() + "\",\"stocked_quantity\":50},{\"inventory_item_id\":\""
                + seeded.inventoryItemId("SNK-44") + "\",\"location_id\":\"" + seeded.locationId()
                + "\",\"stocked_quantity\":51}]}";
        JsonNode result =
                http.post("/admin/inventory-items/location-levels/batch", body).json();

        assertThat(result.get("updated").size()).isEqualTo(2);
        assertThat(http.get("/admin/inventory-items?sku[]=SNK-40&sku[]=SNK-44")
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(2);
        assertThat(http.get("/admin/inventory-items?sku=SNK-44")
                        .json()
                        .at("/inventory_items/0/stocked_quantity")
                        .asInt())
                .isEqualTo(51);
    }

    @Test
    void inventoryItemsListTwentyByDefaultOnePerTrackedVariant() {
        JsonNode page = http.get("/admin/inventory-items").json();
        assertThat(page.get("limit").asInt()).isEqualTo(20);
        assertThat(page.get("count").asInt()).isEqualTo(16);
    }

    @Test
    void unknownProductsAre404s() {
        MedusaHttp.Reply reply = http.get("/admin/products/prod_NOPE");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).isEqualTo("{\"type\":\"not_found\",\"message\":\"Product not found\"}");
    }

    private List<String> handles(String path) {
        List<String> handles = new ArrayList<>();
        http.get(path)
                .json()
                .get("products")
                .values()
                .forEach(p -> handles.add(p.get("handle").asString()));
        return handles;
    }

    private static int quantity(JsonNode variants, String sku) {
        for (JsonNode variant : variants.get("variants").values()) {
            if (variant.get("sku").asString().equals(sku)) {
                return variant.get("inventory_quantity").asInt();
            }
        }
        throw new AssertionError("no variant " + sku);
    }
}
