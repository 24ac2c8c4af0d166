package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The write samples whose capture-time preconditions differ from the standard seed, replayed on an entity in the
 * right state: the answer must have the sample's status and shape.
 */
class MedusaSampleWritesTest {

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
        http = MedusaTestSupport.withJwt(simulator);
    }

    @Test
    void cancelOfAPendingOrder() {
        assertLikeSample(http.post(orderPath("pending-authorized") + "/cancel", "{}"), "admin-orders-cancel.json");
    }

    @Test
    void archiveOfACompletedOrder() {
        assertLikeSample(http.post(orderPath("completed-delivered") + "/archive", "{}"), "admin-orders-archive.json");
    }

    @Test
    void metadataUpdate() {
        String body = "{\"metadata\":{\"cancel_reason\":\"customer changed mind\"}}";
        assertLikeSample(http.post(orderPath("pending-authorized"), body), "admin-orders-update-metadata.json");
    }

    @Test
    void fulfillmentCreation() {
        String order = "pending-partially-fulfilled";
        String item = http.get(orderPath(order) + "?fields=id,*items")
                .json()
                .at("/order/items/1/id")
                .asString();
        String body = "{\"location_id\":\"" + seeded.locationId() + "\",\"items\":[{\"id\":\"" + item
                + "\",\"quantity\":1}]}";
        assertLikeSample(http.post(orderPath(order) + "/fulfillments", body), "admin-orders-fulfillments-create.json");
    }

    @Test
    void shipmentWithLabels() {
        String fulfillment = firstFulfillment("pending-fulfilled");
        String body = "{\"items\":[{\"id\":\"" + firstItem("pending-fulfilled") + "\",\"quantity\":1}],\"labels\":"
                + "[{\"tracking_number\":\"DHL-1\",\"tracking_url\":\"https://t.example/DHL-1\",\"label_url\":null}]}";
        assertLikeSample(
                http.post(orderPath("pending-fulfilled") + "/fulfillments/" + fulfillment + "/shipments", body),
                "admin-orders-fulfillments-shipment.json");
    }

    @Test
    void delivery() {
        String fulfillment = firstFulfillment("pending-shipped");
        assertLikeSample(
                http.post(orderPath("pending-shipped") + "/fulfillments/" + fulfillment + "/mark-as-delivered", "{}"),
                "admin-orders-fulfillments-deliver.json");
    }

    @Test
    void draftOrderCreation() {
        String body = "{\"email\":\"alice.admin@example.com\",\"customer_id\":\""
                + seeded.customerId(StandardSeed.ALICE)
                + "\",\"region_id\":\"" + seeded.regionId("EUR") + "\",\"items\":[{\"variant_id\":\""
                + seeded.variantId("HOOD-M") + "\",\"quantity\":1},{\"variant_id\":\""
                + seeded.variantId("TEE-S-WHT") + "\",\"quantity\":2}],"
                + "\"shipping_address\":{\"first_name\":\"Alice\",\"address_1\":\"12 Rue de Rivoli\",\"city\":\"Paris\","
                + "\"postal_code\":\"75001\",\"country_code\":\"fr\"},\"billing_address\":{\"first_name\":\"Alice\","
                + "\"country_code\":\"fr\"},\"shipping_methods\":[{\"name\":\"Standard Shipping\","
                + "\"shipping_option_id\":\"so_x\",\"amount\":4.95}]}";
        assertLikeSample(http.post("/admin/draft-orders", body), "admin-draft-orders-create.json");
    }

    @Test
    void draftConversion() {
        String draft = seeded.draftOrder("draft-eur").id();
        assertLikeSample(
                http.post("/admin/draft-orders/" + draft + "/convert-to-order", "{}"),
                "admin-draft-orders-convert-to-order.json");
    }

    @Test
    void customerCreation() {
        String body = "{\"email\":\"carol@example.com\",\"first_name\":\"Carol\",\"last_name\":\"Admin\","
                + "\"company_name\":\"Acme GmbH\",\"phone\":\"+33 1\"}";
        assertLikeSample(http.post("/admin/customers", body), "admin-customers-create.json");
    }

    @Test
    void collectionLifecycle() {
        MedusaHttp.Reply created = http.post(
                "/admin/collections",
                "{\"title\":\"Sample Collection\",\"metadata\":{\"source\":\"capture-samples\"}}");
        assertThat(Shapes.differences(created.json(), Samples.sample("admin-collections-create.raw.json")))
                .isEmpty();
        String id = created.json().get("collection").get("id").asString();
        String product = seeded.productId("novelty-socks");
        assertLikeSample(
                http.post("/admin/collections/" + id, "{\"title\":\"Sample Collection (renamed)\"}"),
                "admin-collections-update.json");
        assertLikeSample(
                http.post("/admin/collections/" + id + "/products", "{\"add\":[\"" + product + "\"]}"),
                "admin-collections-products-add.json");
        assertLikeSample(
                http.post(
                        "/admin/collections/" + id + "/products?fields=id,title,*products",
                        "{\"remove\":[\"" + product + "\"]}"),
                "admin-collections-products-remove.json");
        assertLikeSample(http.delete("/admin/collections/" + id), "admin-collections-delete.json");
    }

    @Test
    void secretKeyCreation() {
        assertLikeSample(
                http.post("/admin/api-keys", "{\"title\":\"omnicart-e2e\",\"type\":\"secret\"}"),
                "admin-api-keys-create-secret.json");
    }

    private void assertLikeSample(MedusaHttp.Reply reply, String file) {
        JsonNode sample = Samples.sample(file);
        assertThat(reply.status())
                .as("status like %s: %s", file, reply.body())
                .isEqualTo(sample.get("status").asInt());
        assertThat(Shapes.differences(reply.json(), sample.get("response")))
                .as("shape of %s", file)
                .isEmpty();
    }

    private String orderPath(String key) {
        return "/admin/orders/" + seeded.order(key).id();
    }

    private String firstItem(String key) {
        return http.get(orderPath(key) + "?fields=id,*items")
                .json()
                .at("/order/items/0/id")
                .asString();
    }

    private String firstFulfillment(String key) {
        return http.get(orderPath(key) + "?fields=id,*fulfillments")
                .json()
                .at("/order/fulfillments/0/id")
                .asString();
    }
}
