package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reference §9, §12 r24: cart lists and searches, building a cart in a market, validation, conversion, deletion. */
class OmniumCartsTest {

    private final OmniumSimulator simulator = OmniumSimulator.start();
    private final SeededStore seeded = simulator.seed(StandardSeed.create());
    private final OmniumHttp http = OmniumHttp.loggedIn(simulator);

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void listsAndSearchesNewestModifiedFirst() {
        JsonNode list = http.get("/api/Cart/GetCarts?page=1&pageSize=20").json();
        assertThat(list.get("result").values())
                .extracting(cart -> cart.get("id").asString())
                .containsExactly(
                        seeded.draftOrder("draft-usd").id(),
                        seeded.draftOrder("draft-eur").id());
        assertThat(http.get("/api/Cart/GetCarts?page=0").status()).isEqualTo(400);

        String bob = seeded.customerId(StandardSeed.BOB);
        JsonNode search = http.post("/api/Cart/Search", "{\"customerId\":\"" + bob + "\",\"take\":10}")
                .json();
        assertThat(search.get("totalHits").asLong()).isEqualTo(1);
        assertThat(http.get("/api/Cart/GetCartsByCustomer?customerId=" + bob)
                        .json()
                        .get("totalHits")
                        .asLong())
                .isEqualTo(1);
        JsonNode scroll = http.post("/api/Cart/ScrollSearch", "{\"take\":1}").json();
        assertThat(scroll.get("result").size()).isEqualTo(1);
        assertThat(http.get("/api/Cart/Scroll/" + scroll.get("scrollId").asString())
                        .json()
                        .get("result")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void buildsACartWithMarketPricesAndPatchesTheEmail() {
        String bob = seeded.customerId(StandardSeed.BOB);
        JsonNode cart = http.post(
                        "/api/Cart/AddManyItemsToCart?marketId=US&customerId=" + bob,
                        "[{\"skuId\":\"TEE-L-BLK\",\"quantity\":1},{\"skuId\":\"HOOD-M\",\"quantity\":2}]")
                .json();
        String id = cart.get("id").asString();

        assertThat(cart.get("billingCurrency").asString()).isEqualTo("USD");
        assertThat(cart.get("status").asString()).isEqualTo("Draft");
        assertThat(cart.get("customerEmail").asString()).isEqualTo(StandardSeed.BOB);
        assertThat(cart.get("orderForm")
                        .get("lineItems")
                        .get(0)
                        .get("placedPrice")
                        .decimalValue())
                .isEqualByComparingTo("24.99");
        assertThat(cart.get("orderForm").get("total").decimalValue()).isEqualByComparingTo("134.99");

        assertThat(http.patch("/api/Cart/" + id + "/PatchCart", "{\"customerEmail\":\"other@example.com\"}")
                        .status())
                .isEqualTo(200);
        http.post("/api/Cart/" + id + "/OrderLines/SetQuantity/Sku/HOOD-M/0", "");
        JsonNode changed = http.get("/api/Cart/" + id).json();
        assertThat(changed.get("customerEmail").asString()).isEqualTo("other@example.com");
        assertThat(changed.get("orderForm").get("lineItems").size()).isEqualTo(1);
        assertThat(http.post("/api/Cart/AddItemToCart?skuId=NOPE", "").status()).isEqualTo(404);
    }

    @Test
    void convertingKeepsTheCartIdAndRemovesTheCart() {
        String id = seeded.draftOrder("draft-eur").id();
        JsonNode order = http.post("/api/Cart/CreateOrderFromCart/" + id + "?orderType=Online", "")
                .json();

        assertThat(order.get("status").asString()).isEqualTo("New");
        assertThat(order.get("id").asString()).isNotEqualTo(id);
        assertThat(order.get("orderForm").get("cartId").asString()).isEqualTo(id);
        assertThat(order.get("orderForm")
                        .get("shipments")
                        .get(0)
                        .get("lineItems")
                        .size())
                .isEqualTo(2);
        assertThat(order.get("orderForm")
                        .get("shipments")
                        .get(0)
                        .get("address")
                        .get("city")
                        .asString())
                .isEqualTo("Paris");
        assertThat(http.get("/api/Cart/" + id).status()).isEqualTo(404);
        assertThat(http.get("/api/Orders/carts/" + id).json().get("id").asString())
                .isEqualTo(order.get("id").asString());
        assertThat(http.post("/api/Cart/CreateOrderFromCart/" + id, "").status())
                .isEqualTo(404);
    }

    @Test
    void anEmptyCartFailsValidationWith422() {
        String id = http.post("/api/Cart/CreateCart?marketId=DE", "")
                .json()
                .get("id")
                .asString();
        OmniumHttp.Reply invalid = http.post("/api/Cart/" + id + "/Validate", "");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("isValidatedSuccessful").asBoolean()).isFalse();
        assertThat(invalid.json()
                        .get("validationErrors")
                        .get(0)
                        .get("errorCode")
                        .asString())
                .isEqualTo("EmptyCart");
        assertThat(http.post("/api/Cart/CreateOrderFromCart/" + id, "").status())
                .isEqualTo(422);
    }

    @Test
    void deletesAndDeactivates() {
        String usd = seeded.draftOrder("draft-usd").id();
        assertThat(http.delete("/api/Cart/" + usd).status()).isEqualTo(200);
        assertThat(http.get("/api/Cart/" + usd).status()).isEqualTo(404);

        String eur = seeded.draftOrder("draft-eur").id();
        http.post("/api/Cart/" + eur + "/DeactivateCart", "");
        assertThat(http.post("/api/Cart/Search", "{\"isActiveOnly\":true}")
                        .json()
                        .get("totalHits")
                        .asLong())
                .isZero();
    }
}
