package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Draft orders: list, retrieve, create with stock check, delete, convert to an order. */
class MedusaDraftOrdersTest {

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
    void listsFiftyByDefaultAsUnpaidDrafts() {
        JsonNode page = http.get("/admin/draft-orders").json();

        assertThat(page.get("limit").asInt()).isEqualTo(50);
        assertThat(page.get("count").asInt()).isEqualTo(2);
        JsonNode draft = page.at("/draft_orders/0");
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.get("payment_status").asString()).isEqualTo("not_paid");
        assertThat(draft.get("email").asString()).isEqualTo(StandardSeed.ALICE);
        assertThat(draft.get("display_id").asInt()).isEqualTo(13);
    }

    @Test
    void retrieveRefusesOrdersThatAreNoDrafts() {
        String order = seeded.order("pending-unpaid").id();
        MedusaHttp.Reply reply = http.get("/admin/draft-orders/" + order);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asString()).isEqualTo("Order id not found: " + order);
        assertThat(http.get("/admin/draft-orders/"
                                + seeded.draftOrder("draft-usd").id())
                        .json()
                        .at("/draft_order/total")
                        .decimalValue())
                .isEqualByComparingTo("94.95");
    }

    @Test
    void createComputesTotalsFromVariantPricesInTheRegionCurrency() {
        String body = "{\"region_id\":\"" + seeded.regionId("USD") + "\",\"email\":\"walk.in@example.com\","
                + "\"items\":[{\"variant_id\":\"" + seeded.variantId("HOOD-M")
                + "\",\"quantity\":2},{\"title\":\"Gift wrap\",\"quantity\":1,"
                + "\"unit_price\":3}],\"shipping_methods\":[{\"name\":\"Express\",\"shipping_option_id\":\"so_x\","
                + "\"amount\":10}]}";
        JsonNode draft = http.post("/admin/draft-orders?fields=%2Bcurrency_code", body)
                .json()
                .get("draft_order");

        assertThat(draft.get("total").decimalValue()).isEqualByComparingTo("123");
        assertThat(draft.get("currency_code").asString()).isEqualTo("usd");
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(http.get("/admin/customers?email=walk.in@example.com")
                        .json()
                        .at("/customers/0/has_account")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aLineBySkuIsACustomItemThatNeedsAPriceAsOnRealMedusa() {
        String bySku = "{\"region_id\":\"" + seeded.regionId("EUR") + "\",\"email\":\"a@example.com\","
                + "\"items\":[{\"variant_sku\":\"HOOD-M\",\"quantity\":1}]}";
        MedusaHttp.Reply refused = http.post("/admin/draft-orders", bySku);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asString()).isEqualTo("Items  do not have a price");
    }

    @Test
    void createChecksStockAndRequiresARegion() {
        String outOfStock = "{\"region_id\":\"" + seeded.regionId("EUR") + "\",\"email\":\"a@example.com\","
                + "\"items\":[{\"variant_id\":\"" + seeded.variantId("TEE-M-WHT") + "\",\"quantity\":1}]}";
        MedusaHttp.Reply refused = http.post("/admin/draft-orders", outOfStock);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .isEqualTo("{\"code\":\"insufficient_inventory\",\"type\":\"not_allowed\","
                        + "\"message\":\"Some variant does not have the required inventory\"}");

        MedusaHttp.Reply noRegion = http.post("/admin/draft-orders", "{\"email\":\"a@example.com\"}");
        assertThat(noRegion.json().get("message").asString())
                .isEqualTo("Invalid request: Field 'region_id' is required");
    }

    @Test
    void deleteRemovesTheDraft() {
        String draft = seeded.draftOrder("draft-eur").id();
        JsonNode deleted = http.delete("/admin/draft-orders/" + draft).json();

        assertThat(deleted.get("object").asString()).isEqualTo("draft-order");
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(http.get("/admin/draft-orders/" + draft).status()).isEqualTo(404);
    }

    @Test
    void convertKeepsTheIdMakesAPendingUnpaidOrderAndReservesStock() {
        String draft = seeded.draftOrder("draft-usd").id();
        int reservedBefore = reserved("SNK-42");
        JsonNode converted = http.post("/admin/draft-orders/" + draft + "/convert-to-order", "{}")
                .json()
                .get("order");

        assertThat(converted.get("id").asString()).isEqualTo(draft);
        assertThat(converted.get("status").asString()).isEqualTo("pending");
        JsonNode order = http.get("/admin/orders/" + draft + "?fields=id,status,is_draft_order")
                .json()
                .get("order");
        assertThat(order.get("is_draft_order").asBoolean()).isFalse();
        assertThat(order.get("payment_status").asString()).isEqualTo("not_paid");
        assertThat(http.get("/admin/orders?fields=id").json().get("count").asInt())
                .isEqualTo(13);
        assertThat(reserved("SNK-42")).isEqualTo(reservedBefore + 1);
    }

    private int reserved(String sku) {
        return http.get("/admin/inventory-items?sku=" + sku)
                .json()
                .at("/inventory_items/0/reserved_quantity")
                .asInt();
    }
}
