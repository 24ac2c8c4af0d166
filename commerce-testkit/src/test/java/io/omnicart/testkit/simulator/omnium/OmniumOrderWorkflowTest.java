package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reference §5.2–§5.7, §12 r18–r20, r23: the order JSON (payments, shipments with tracking and addresses, billing
 * address, status log), status moves limited by {@code availableSteps}, shipment confirmation with tracking, partial
 * delivery, patches, queued orders, one-shot conflicts, ProblemDetails errors.
 */
class OmniumOrderWorkflowTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final OmniumSimulator simulator = OmniumSimulator.start(clock);
    private final SeededStore seeded = simulator.seed(StandardSeed.create());
    private final OmniumHttp http = OmniumHttp.loggedIn(simulator);

    @AfterEach
    void close() {
        simulator.close();
    }

    private JsonNode order(String key) {
        return http.get("/api/Orders/" + seeded.order(key).id()).json();
    }

    @Test
    void aDeliveredOrderCarriesPaymentsShipmentTrackingAndAddresses() {
        JsonNode order = order("completed-delivered");
        JsonNode form = order.get("orderForm");

        assertThat(order.get("status").asString()).isEqualTo("Completed");
        assertThat(order.get("marketId").asString()).isEqualTo("DE");
        assertThat(order.get("customerClubMemberId").asString())
                .isEqualTo(order.get("customerId").asString());
        assertThat(order.get("billingAddress").get("city").asString()).isEqualTo("Berlin");
        assertThat(order.has("shippingAddress")).isFalse();
        assertThat(form.get("total").decimalValue())
                .isEqualByComparingTo(seeded.order("completed-delivered").total());
        assertThat(form.get("subTotalExclTax").decimalValue())
                .as("the seed's prices are before tax")
                .isEqualByComparingTo("89.48");
        assertThat(form.get("subTotal").decimalValue())
                .as("with German VAT, 19 %, rounded per unit")
                .isEqualByComparingTo("106.49");
        assertThat(form.get("taxTotal").decimalValue()).isEqualByComparingTo("17.01");
        assertThat(form.get("lineItems").values())
                .filteredOn(line -> line.get("code").asString().equals("TEE-M-BLK"))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.get("placedPriceExclTax").decimalValue()).isEqualByComparingTo("19.99");
                    assertThat(line.get("placedPrice").decimalValue()).isEqualByComparingTo("23.79");
                    assertThat(line.get("taxRate").decimalValue()).isEqualByComparingTo("19");
                    assertThat(line.get("extendedPriceExclTax").decimalValue()).isEqualByComparingTo("39.98");
                });
        assertThat(form.get("capturedPaymentTotal").decimalValue())
                .isEqualByComparingTo(form.get("total").decimalValue());
        assertThat(form.get("payments").values())
                .extracting(payment -> payment.get("transactionType").asString())
                .containsExactly("Authorization", "Capture");
        JsonNode shipment = form.get("shipments").get(0);
        assertThat(form.get("shipments").size()).isEqualTo(1);
        assertThat(shipment.get("status").asString()).isEqualTo("Shipped");
        assertThat(shipment.get("orderStatus").asString()).isEqualTo("Completed");
        assertThat(shipment.get("shipmentTrackingNumber").asString()).isEqualTo("DHL-123456789");
        assertThat(shipment.get("shipmentTrackingLink").asString()).endsWith("DHL-123456789");
        assertThat(shipment.get("shippingMethodName").asString()).isEqualTo("DHL");
        assertThat(shipment.get("address").get("countryCode").asString()).isEqualTo("DE");
        assertThat(shipment.get("orderStatusLog").values())
                .extracting(entry -> entry.get("status").asString())
                .containsExactly("New", "PackedAndReady", "Ship", "Completed");
        assertThat(form.get("lineItems").values())
                .allMatch(line -> line.get("deliveredQuantity").asInt()
                        == line.get("quantity").asInt());
    }

    @Test
    void seededStatesMapToStatusesPaymentsAndCancelReasons() {
        assertThat(order("pending-authorized")
                        .get("orderForm")
                        .get("authorizedPaymentTotal")
                        .decimalValue())
                .isPositive();
        assertThat(order("pending-authorized").get("customerClubMemberId")).isNull();
        assertThat(order("pending-unpaid").get("remainingPayment").decimalValue())
                .isPositive();
        assertThat(order("pending-shipped").get("status").asString()).isEqualTo("Ship");
        assertThat(order("pending-fulfilled").get("status").asString()).isEqualTo("PackedAndReady");
        assertThat(order("pending-partially-fulfilled")
                        .get("orderForm")
                        .get("shipments")
                        .size())
                .isEqualTo(2);
        JsonNode canceled = order("canceled");
        assertThat(canceled.get("status").asString()).isEqualTo("OrderCanceled");
        assertThat(canceled.get("properties").get(0).get("value").asString()).isEqualTo("customer changed mind");
        assertThat(canceled.get("orderForm")
                        .get("lineItems")
                        .get(0)
                        .get("cancelReason")
                        .asString())
                .isEqualTo("customer changed mind");
        assertThat(order("archived-canceled").get("status").asString()).isEqualTo("OrderCanceled");
        assertThat(order("archived-shipped").get("tags").values())
                .extracting(JsonNode::asString)
                .contains("archived");
        assertThat(order("canceled-refunded")
                        .get("orderForm")
                        .get("creditPaymentTotal")
                        .decimalValue())
                .isPositive();
    }

    @Test
    void availableStepsRefuseCancellingShippedOrCompletedOrdersAndCompletingCancelledOnes() {
        String shipped = seeded.order("pending-shipped").id();
        OmniumHttp.Reply refused =
                http.post("/api/Orders/" + shipped + "/UpdateStatus", "{\"status\":\"OrderCanceled\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asString()).contains("available step");
        String canceled = seeded.order("canceled").id();
        assertThat(http.post("/api/Orders/" + canceled + "/UpdateStatus", "{\"status\":\"Completed\"}")
                        .status())
                .isEqualTo(400);
        String completed = seeded.order("completed-unfulfilled").id();
        assertThat(http.post("/api/Orders/" + completed + "/UpdateStatus", "{\"status\":\"OrderCanceled\"}")
                        .status())
                .isEqualTo(400);

        simulator.options().enforceAvailableSteps(false).invalidStatusStatus(409);
        assertThat(http.post("/api/Orders/" + shipped + "/UpdateStatus", "{\"status\":\"OrderCanceled\"}")
                        .status())
                .isEqualTo(200);
        assertThat(http.post("/api/Orders/" + shipped + "/UpdateStatus", "{\"status\":\"Teleported\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void shippingWithShipmentInfoRecordsTracking() {
        String id = seeded.order("pending-authorized").id();
        String shipmentId = order("pending-authorized")
                .get("orderForm")
                .get("shipments")
                .get(0)
                .get("shipmentId")
                .asString();
        JsonNode result = http.post(
                        "/api/Orders/" + id + "/UpdateStatus",
                        "{\"status\":\"Ship\",\"shipmentInfo\":{\"shipmentId\":\"" + shipmentId
                                + "\",\"trackingNumber\":\"1Z-1\",\"trackingUrl\":\"https://t/1Z-1\","
                                + "\"shipmentMethodName\":\"UPS\"}}")
                .json();

        JsonNode order = result.get("order");
        assertThat(order.get("status").asString())
                .as("the only shipment agrees")
                .isEqualTo("Ship");
        JsonNode shipment = order.get("orderForm").get("shipments").get(0);
        assertThat(shipment.get("status").asString()).isEqualTo("Shipped");
        assertThat(shipment.get("shipmentTrackingNumber").asString()).isEqualTo("1Z-1");
        assertThat(shipment.get("shippingMethodName").asString()).isEqualTo("UPS");
        assertThat(http.get("/api/Orders/" + id)
                        .json()
                        .get("orderForm")
                        .get("lineItems")
                        .get(0)
                        .get("deliveredQuantity")
                        .asInt())
                .isEqualTo(1);
        assertThat(http.post(
                                "/api/Orders/" + id + "/UpdateStatus",
                                "{\"status\":\"Ship\",\"shipmentInfo\":{\"shipmentId\":\"nope\"}}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void orderLinesUpdateShipsPartiallyThenFully() {
        String id = seeded.order("pending-unpaid").id();
        String partial = "{\"status\":\"Ship\",\"lineItemUpdates\":[{\"lineItemId\":\"1\",\"deliveredQuantity\":1}],"
                + "\"shipmentInfo\":{\"shipmentId\":\"S-A\",\"trackingNumber\":\"T-A\"}}";
        JsonNode first = http.post("/api/Orders/" + id + "/OrderLinesUpdate", partial)
                .json()
                .get("order");
        assertThat(first.get("status").asString()).isEqualTo("PartiallyShipped");
        assertThat(first.get("orderForm").get("shipments").size()).isEqualTo(2);

        String rest = "{\"status\":\"Ship\",\"lineItemUpdates\":[{\"lineItemId\":\"1\",\"deliveredQuantity\":1}],"
                + "\"shipmentInfo\":{\"shipmentId\":\"S-B\",\"trackingNumber\":\"T-B\"}}";
        JsonNode done = http.post("/api/Orders/" + id + "/OrderLinesUpdate", rest)
                .json()
                .get("order");
        assertThat(done.get("status").asString()).isEqualTo("Ship");
        assertThat(done.get("orderForm").get("shipments").values())
                .extracting(shipment -> shipment.get("shipmentTrackingNumber").asString())
                .containsExactly("T-A", "T-B");
        assertThat(http.post("/api/Orders/" + id + "/OrderLinesUpdate", rest).status())
                .as("nothing left to deliver")
                .isEqualTo(400);
        String canceled = seeded.order("canceled").id();
        assertThat(http.post(
                                "/api/Orders/" + canceled + "/OrderLinesUpdate",
                                "{\"lineItemUpdates\":[{\"lineItemId\":\"1\",\"deliveredQuantity\":1}]}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void patchOrderMergesPropertiesWithoutRunningWorkflows() {
        String id = seeded.order("pending-unpaid").id();
        http.patch(
                "/api/Orders/" + id + "/PatchOrder", "{\"properties\":[{\"key\":\"cancelReason\",\"value\":\"a\"}]}");
        http.patch(
                "/api/Orders/" + id + "/PatchOrder",
                "{\"Properties\":[{\"Key\":\"cancelReason\",\"Value\":\"b\"}]," + "\"status\":\"Completed\"}");

        JsonNode order = http.get("/api/Orders/" + id).json();
        assertThat(order.get("properties").values())
                .singleElement()
                .satisfies(
                        property -> assertThat(property.get("value").asString()).isEqualTo("b"));
        assertThat(order.get("status").asString()).isEqualTo("Completed");
        assertThat(order.has("completed")).as("no workflow ran").isFalse();

        simulator.options().patchUnknownOrder(OmniumOptions.PatchUnknownOrder.NOT_FOUND_COUNT);
        JsonNode unknown =
                http.patch("/api/Orders/nope/PatchOrder", "{\"tags\":[\"x\"]}").json();
        assertThat(unknown.get("notFoundCount").asInt()).isEqualTo(1);
    }

    @Test
    void conflictOnNextWriteAnswers409Once() {
        String id = seeded.order("pending-unpaid").id();
        simulator.conflictOnNextWrite(id);

        assertThat(http.patch("/api/Orders/" + id + "/PatchOrder", "{\"tags\":[\"x\"]}")
                        .status())
                .isEqualTo(409);
        assertThat(http.patch("/api/Orders/" + id + "/PatchOrder", "{\"tags\":[\"x\"]}")
                        .status())
                .isEqualTo(200);
        simulator.lockOrder(id, true);
        assertThat(http.post("/api/Orders/AddComment", "{\"orderId\":\"" + id + "\",\"commentText\":\"x\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void newOrdersSitInQueuedForTheConfiguredTime() {
        simulator.options().queuedFor(Duration.ofSeconds(2));
        JsonNode created =
                http.post("/api/Orders", "{\"id\":\"Q-1\",\"marketId\":\"DE\"}").json();
        assertThat(created.get("status").asString()).isEqualTo("Queued");
        assertThat(http.post("/api/Orders/Q-1/UpdateStatus", "{\"status\":\"InProgress\"}")
                        .status())
                .isEqualTo(400);

        clock.advance(Duration.ofSeconds(2));
        assertThat(http.get("/api/Orders/Q-1").json().get("status").asString()).isEqualTo("New");
        assertThat(http.post("/api/Orders/Q-1/UpdateStatus", "{\"status\":\"InProgress\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void batchCreatesAndNumberedCreates() {
        assertThat(http.post("/api/Orders/AddMany", "[{\"id\":\"AM-1\",\"marketId\":\"DE\"}]")
                        .status())
                .isEqualTo(204);
        assertThat(http.get("/api/Orders/AM-1").status()).isEqualTo(200);
        OmniumHttp.Reply numbered = http.put("/api/Orders", "{\"marketId\":\"DE\"}");
        assertThat(numbered.status()).isEqualTo(201);
        assertThat(numbered.json().get("id").asString()).isNotBlank();
        assertThat(http.post("/api/Orders/UpdateMany", "[{\"id\":\"AM-1\",\"marketId\":\"DE\",\"tags\":[\"t\"]}]")
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/Orders/AM-1").json().get("tags").get(0).asString())
                .isEqualTo("t");
    }

    @Test
    void errorsCanBeProblemDetails() {
        simulator.options().errorBodyStyle(OmniumOptions.ErrorBodyStyle.PROBLEM_DETAILS);
        OmniumHttp.Reply missing = http.get("/api/Orders/nope");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
        assertThat(missing.json().get("title").asString()).isEqualTo("Order not found");
        assertThat(http.get("/api/Cart/nope").json().get("isSuccessful").asBoolean())
                .as("the cart API keeps its own body")
                .isFalse();
    }
}
