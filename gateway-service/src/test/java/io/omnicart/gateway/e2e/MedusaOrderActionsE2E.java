package io.omnicart.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Every order action through the gateway, checked by reading Medusa directly. Each action changes a seeded order of its
 * own, so nothing depends on test order and the reads of {@link MedusaBrowseE2E} stay true:
 *
 * <ul>
 *   <li>complete, then archive: the first pending guest order, with the {@code api_key} account;
 *   <li>cancel with a reason: the second pending guest order, with the {@code email_password} account;
 *   <li>ship with carrier and tracking: the pending order of the registered customer, with the {@code api_key} account;
 *   <li>refusals (archive a pending order, cancel a completed one, complete a cancelled one, ship a shipped one): with
 *       both accounts, on the pending USD order and the seeded completed, cancelled and shipped orders, which they leave
 *       unchanged.
 * </ul>
 *
 * The changing actions need a freshly seeded store ({@code e2e/medusa/run.sh setup} or {@code reseed}); each checks its
 * order's seeded state in Medusa first and says so when it finds it already changed.
 */
class MedusaOrderActionsE2E extends MedusaE2ESupport {

    private static final String REASON = "Customer asked to cancel (OmniCart e2e)";

    @Test
    void completeThenArchiveAPendingOrder() {
        Credential credential = Credential.API_KEY;
        int number = pendingGuestOrders().get(0);
        JsonNode before = seededStateOf(number, "pending");
        String id = before.path("id").asString();

        JsonNode completed =
                json(call(credential, HttpMethod.POST, "/orders/" + id + "/complete", null), HttpStatus.OK);

        assertThat(completed.path("status").asString()).isEqualTo("completed");
        assertThat(completed.path("number").asString()).isEqualTo(String.valueOf(number));
        assertThat(medusa.order(id).path("status").asString()).isEqualTo("completed");
        assertThat(medusa.order(id).path("payment_status").asString())
                .as("completing captures nothing in Medusa")
                .isEqualTo("authorized");

        JsonNode archived = json(call(credential, HttpMethod.POST, "/orders/" + id + "/archive", null), HttpStatus.OK);

        assertThat(archived.path("status").asString()).isEqualTo("archived");
        assertThat(archived.path("platformStatus").asString()).isEqualTo("archived");
        assertThat(medusa.order(id).path("status").asString()).isEqualTo("archived");
        assertThat(data(read(credential, "/orders?status=archived&limit=100")))
                .extracting(o -> o.path("id").asString())
                .contains(id);
        assertThat(read(credential, "/orders/" + id).path("status").asString()).isEqualTo("archived");
    }

    @Test
    void cancelAPendingOrderKeepingTheReasonInMedusa() {
        Credential credential = Credential.EMAIL_PASSWORD;
        int number = pendingGuestOrders().get(1);
        String id = seededStateOf(number, "pending").path("id").asString();

        JsonNode cancelled = json(
                call(credential, HttpMethod.POST, "/orders/" + id + "/cancel", "{\"reason\":" + quote(REASON) + "}"),
                HttpStatus.OK);

        assertThat(cancelled.path("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.path("platformStatus").asString()).isEqualTo("canceled");
        assertThat(cancelled.path("cancelReason").asString()).isEqualTo(REASON);
        assertThat(cancelled.path("timeline"))
                .extracting(e -> e.path("type").asString())
                .contains("cancelled");
        JsonNode inMedusa = medusa.order(id);
        assertThat(inMedusa.path("status").asString()).isEqualTo("canceled");
        assertThat(inMedusa.path("payment_status").asString()).isEqualTo("canceled");
        assertThat(inMedusa.path("metadata").toString()).contains(REASON);
        assertThat(read(Credential.API_KEY, "/orders/" + id)
                        .path("cancelReason")
                        .asString())
                .as("the reason is read back from Medusa by the other account too")
                .isEqualTo(REASON);
    }

    @Test
    void shipAPendingOrderWithCarrierAndTracking() {
        Credential credential = Credential.API_KEY;
        int number = pendingRegisteredOrder();
        JsonNode before = seededStateOf(number, "pending");
        String id = before.path("id").asString();
        assertThat(before.path("fulfillments")).isEmpty();
        String tracking = "JJD-E2E-" + number + "-" + System.currentTimeMillis();
        String url = "https://www.dhl.com/track?id=" + tracking;

        JsonNode shipped = json(
                call(
                        credential,
                        HttpMethod.POST,
                        "/orders/" + id + "/shipments",
                        "{\"carrier\":\"DHL\",\"trackingNumber\":" + quote(tracking) + ",\"trackingUrl\":" + quote(url)
                                + ",\"notifyCustomer\":false}"),
                HttpStatus.OK);

        assertThat(shipped.path("fulfillmentStatus").asString()).isEqualTo("shipped");
        assertThat(shipped.path("shipments")).singleElement().satisfies(shipment -> {
            assertThat(shipment.path("carrier").asString()).isEqualTo("DHL");
            assertThat(strings(shipment.path("trackingNumbers"))).containsExactly(tracking);
            assertThat(strings(shipment.path("trackingUrls"))).containsExactly(url);
            assertThat(shipment.path("shippedAt").asString()).isNotBlank();
        });

        JsonNode inMedusa = medusa.order(id);
        assertThat(inMedusa.path("fulfillment_status").asString()).isEqualTo("shipped");
        assertThat(inMedusa.path("fulfillments")).singleElement().satisfies(fulfillment -> {
            assertThat(fulfillment.path("shipped_at").isNull()).isFalse();
            assertThat(fulfillment.path("metadata").path("carrier").asString())
                    .as("Medusa has no carrier field: the fulfillment's metadata keeps it")
                    .isEqualTo("DHL");
            assertThat(fulfillment.path("labels")).singleElement().satisfies(label -> {
                assertThat(label.path("tracking_number").asString()).isEqualTo(tracking);
                assertThat(label.path("tracking_url").asString()).isEqualTo(url);
            });
            Map<String, Integer> fulfilled = new TreeMap<>();
            fulfillment
                    .path("items")
                    .forEach(i -> fulfilled.merge(
                            i.path("sku").asString(), i.path("quantity").asInt(), Integer::sum));
            Map<String, Integer> ordered = new TreeMap<>();
            store.order(number)
                    .path("items")
                    .forEach(i -> ordered.merge(
                            i.path("sku").asString(), i.path("quantity").asInt(), Integer::sum));
            assertThat(fulfilled).as("every unfulfilled item ships by default").isEqualTo(ordered);
        });
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void archivingAPendingOrderIsAConflictAndChangesNothing(Credential credential) {
        int number = store.onlyOrderWithRole("usd");
        String id = seededStateOf(number, "pending").path("id").asString();

        JsonNode problem = problem(
                call(credential, HttpMethod.POST, "/orders/" + id + "/archive", null),
                HttpStatus.CONFLICT,
                "invalid_state");

        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("platform").asString()).isEqualTo("medusa");
        assertThat(medusa.order(id).path("status").asString()).isEqualTo("pending");
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void cancellingACompletedOrderOrCompletingACancelledOneIsAConflict(Credential credential) {
        String completed = medusa.orderByNumber(store.onlyOrderWithRole("completed"))
                .path("id")
                .asString();
        String canceled = medusa.orderByNumber(store.onlyOrderWithRole("canceled"))
                .path("id")
                .asString();

        problem(
                call(credential, HttpMethod.POST, "/orders/" + completed + "/cancel", "{\"reason\":\"too late\"}"),
                HttpStatus.CONFLICT,
                "invalid_state");
        problem(
                call(credential, HttpMethod.POST, "/orders/" + canceled + "/complete", null),
                HttpStatus.CONFLICT,
                "invalid_state");

        assertThat(medusa.order(completed).path("status").asString()).isEqualTo("completed");
        assertThat(medusa.order(completed).path("metadata").toString()).doesNotContain("too late");
        assertThat(medusa.order(canceled).path("status").asString()).isEqualTo("canceled");
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void shippingAnAlreadyShippedOrderIsAConflict(Credential credential) {
        JsonNode shipped = medusa.orderByNumber(store.onlyOrderWithRole("shipped"));
        String id = shipped.path("id").asString();
        int fulfillments = shipped.path("fulfillments").size();

        problem(
                call(
                        credential,
                        HttpMethod.POST,
                        "/orders/" + id + "/shipments",
                        "{\"carrier\":\"DHL\",\"trackingNumber\":\"E2E-AGAIN\"}"),
                HttpStatus.CONFLICT,
                "invalid_state");

        assertThat(medusa.order(id).path("fulfillments")).hasSize(fulfillments);
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void anActionOnAnUnknownOrderIsNotFound(Credential credential) {
        problem(
                call(credential, HttpMethod.POST, "/orders/order_01E2E0000000000000000NONE/complete", null),
                HttpStatus.NOT_FOUND,
                "not_found");
    }

    // ------------------------------------------------------------------ seeded orders by role

    /** Pending guest orders in EUR, the ones the changing actions use (display numbers, ascending). */
    private List<Integer> pendingGuestOrders() {
        List<Integer> orders = new ArrayList<>(store.ordersWithRole("pending"));
        orders.retainAll(store.ordersWithRole("guest"));
        orders.removeAll(store.ordersWithRole("usd"));
        assertThat(orders).as("pending EUR guest orders in the seed").hasSizeGreaterThanOrEqualTo(2);
        return orders.stream().sorted().toList();
    }

    private int pendingRegisteredOrder() {
        List<Integer> orders = new ArrayList<>(store.ordersWithRole("pending"));
        orders.retainAll(store.ordersWithRole("registered"));
        assertThat(orders).as("pending orders of the registered customer").isNotEmpty();
        return orders.getFirst();
    }

    /** The order in Medusa, after checking it still has its seeded status (else the store needs a reseed). */
    private JsonNode seededStateOf(int number, String status) {
        JsonNode order = medusa.orderByNumber(number);
        assertThat(order.path("status").asString())
                .as("order #%s should still be %s: %s", number, status, MedusaE2EStore.RESEED_HINT)
                .isEqualTo(status);
        assertThat(order.path("fulfillment_status").asString())
                .as("order #%s should be unfulfilled: %s", number, MedusaE2EStore.RESEED_HINT)
                .isEqualTo("not_fulfilled");
        return order;
    }
}
