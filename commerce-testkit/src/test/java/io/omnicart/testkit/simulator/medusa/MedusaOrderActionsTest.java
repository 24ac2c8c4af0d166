package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Complete, cancel, archive and metadata updates, with Medusa's refusals and messages. */
class MedusaOrderActionsTest {

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
    void completeAnswersThePlainOrderWithoutComputedStatuses() {
        MedusaHttp.Reply reply = http.post(path("pending-unpaid") + "/complete", "{}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("order").get("status").asString()).isEqualTo("completed");
        assertThat(reply.json().get("order").has("payment_status")).isFalse();
        assertThat(reply.json().get("order").has("fulfillment_status")).isFalse();
        assertThat(order("pending-unpaid").get("payment_status").asString()).isEqualTo("not_paid");
    }

    @Test
    void completeRefusesCanceledOrdersAndUnknownIds() {
        MedusaHttp.Reply canceled = http.post(path("canceled") + "/complete", "{}");
        assertThat(canceled.status()).isEqualTo(400);
        assertThat(canceled.json().get("type").asString()).isEqualTo("invalid_data");
        assertThat(canceled.json().get("message").asString())
                .isEqualTo("Orders " + id("canceled") + " are canceled and cannot be completed");

        MedusaHttp.Reply unknown = http.post("/admin/orders/order_NOPE/complete", "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asString()).isEqualTo("Order with id \"order_NOPE\" not found");
    }

    @Test
    void cancelRefusesCompletedAndFulfilledOrders() {
        MedusaHttp.Reply completed = http.post(path("completed-unfulfilled") + "/cancel", "{}");
        assertThat(completed.status()).isEqualTo(400);
        assertThat(completed.json().get("type").asString()).isEqualTo("not_allowed");
        assertThat(completed.json().get("message").asString())
                .isEqualTo(
                        "Cannot cancel a completed order. Please use the return process to handle refunds or exchanges.");

        MedusaHttp.Reply fulfilled = http.post(path("pending-fulfilled") + "/cancel", "{}");
        assertThat(fulfilled.status()).isEqualTo(400);
        assertThat(fulfilled.json().get("message").asString())
                .isEqualTo("All fulfillments must be canceled before canceling an order");
        assertThat(order("pending-fulfilled").get("status").asString()).isEqualTo("pending");
    }

    @Test
    void cancelIgnoresAReasonCancelsPaymentAndReleasesTheReservation() {
        int before = available("SNK-42");
        MedusaHttp.Reply reply = http.post(path("pending-authorized") + "/cancel", "{\"reason\":\"ignored\"}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode order = order("pending-authorized");
        assertThat(order.get("status").asString()).isEqualTo("canceled");
        assertThat(order.get("payment_status").asString()).isEqualTo("canceled");
        assertThat(order.get("metadata").isNull()).isTrue();
        assertThat(available("SNK-42")).isEqualTo(before + 1);
        assertThat(http.post(path("pending-authorized") + "/cancel", "{}")
                        .json()
                        .get("message")
                        .asString())
                .isEqualTo("Order with id " + id("pending-authorized") + " has been canceled.");
    }

    @Test
    void cancelOfACapturedOrderRefundsIt() {
        String fulfillment = http.get(path("pending-fulfilled") + "?fields=id,*fulfillments")
                .json()
                .at("/order/fulfillments/0/id")
                .asString();
        http.post(path("pending-fulfilled") + "/fulfillments/" + fulfillment + "/cancel", "{}");

        assertThat(http.post(path("pending-fulfilled") + "/cancel", "{}").status())
                .isEqualTo(200);
        assertThat(order("pending-fulfilled").get("payment_status").asString()).isEqualTo("refunded");
        assertThat(order("pending-fulfilled").get("fulfillment_status").asString())
                .isEqualTo("canceled");
    }

    @Test
    void archiveOnlyFromCompletedCanceledOrDraft() {
        MedusaHttp.Reply pending = http.post(path("pending-authorized") + "/archive", "{}");
        assertThat(pending.status()).isEqualTo(400);
        assertThat(pending.json().get("message").asString())
                .isEqualTo("Orders " + id("pending-authorized")
                        + " are completed, canceled, or in draft and cannot be archived");

        assertThat(http.post(path("completed-delivered") + "/archive", "{}").status())
                .isEqualTo(200);
        assertThat(http.post(path("canceled") + "/archive", "{}").status()).isEqualTo(200);
        assertThat(http.get("/admin/orders?status=archived&fields=id")
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(4);
    }

    @Test
    void metadataUpdatesMergeUntilTheOrderIsCanceled() {
        http.post(path("pending-authorized"), "{\"metadata\":{\"a\":\"1\",\"b\":\"2\"}}");
        http.post(path("pending-authorized"), "{\"metadata\":{\"b\":\"\",\"cancel_reason\":\"too slow\"}}");

        JsonNode metadata = order("pending-authorized").get("metadata");
        assertThat(metadata.propertyNames()).containsExactlyInAnyOrder("a", "cancel_reason");
        assertThat(metadata.get("cancel_reason").asString()).isEqualTo("too slow");

        MedusaHttp.Reply canceled = http.post(path("canceled") + "?fields=id,status,metadata", "{\"metadata\":{}}");
        assertThat(canceled.status()).isEqualTo(400);
        assertThat(canceled.json().get("message").asString())
                .isEqualTo("Order with id " + id("canceled") + " has been canceled.");
    }

    @Test
    void updateReplacesAddressesAndEmail() {
        http.post(
                path("pending-authorized"),
                "{\"email\":\"new@example.com\",\"shipping_address\":"
                        + "{\"first_name\":\"John\",\"address_1\":\"Elbchaussee 1\",\"city\":\"Hamburg\",\"country_code\":\"DE\"}}");

        JsonNode order = http.get(path("pending-authorized") + "?fields=id,email,*shipping_address")
                .json()
                .get("order");
        assertThat(order.get("email").asString()).isEqualTo("new@example.com");
        assertThat(order.at("/shipping_address/address_1").asString()).isEqualTo("Elbchaussee 1");
        assertThat(order.at("/shipping_address/country_code").asString()).isEqualTo("de");
    }

    @Test
    void updateBodiesAreStrict() {
        MedusaHttp.Reply reply = http.post(path("pending-authorized"), "{\"note\":\"x\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asString()).isEqualTo("Invalid request: Unrecognized fields: 'note'");
    }

    @Test
    void actionRepliesHonourFields() {
        JsonNode order = http.post(path("pending-unpaid") + "/complete?fields=id,status", "{}")
                .json()
                .get("order");
        assertThat(order.propertyNames()).containsExactly("id", "status");
    }

    private JsonNode order(String key) {
        return http.get(path(key) + "?fields=%2Bmetadata").json().get("order");
    }

    private int available(String sku) {
        String product = seeded.productId(sku.startsWith("SNK") ? "canvas-sneakers" : "classic-tee");
        JsonNode variants = http.get(
                        "/admin/products/" + product + "/variants?fields=sku,inventory_quantity&sku=" + sku)
                .json();
        return variants.at("/variants/0/inventory_quantity").asInt();
    }

    private String path(String key) {
        return "/admin/orders/" + id(key);
    }

    private String id(String key) {
        return seeded.order(key).id();
    }
}
