package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Order list and retrieve: paging, count, ordering, field selection, computed statuses, q and filters. */
class MedusaOrderQueriesTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static MedusaSimulator simulator;
    private static SeededStore seeded;
    private static MedusaHttp http;

    @BeforeAll
    static void start() {
        simulator = MedusaSimulator.start();
        seeded = simulator.seed(StandardSeed.create(NOW));
        http = MedusaHttp.withKey(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void listsFifteenByDefaultWithTheTotalCountAndExcludesDrafts() {
        JsonNode page = http.get("/admin/orders").json();

        assertThat(page.get("limit").asInt()).isEqualTo(15);
        assertThat(page.get("offset").asInt()).isZero();
        assertThat(page.get("count").asInt()).isEqualTo(12);
        assertThat(ids(page))
                .containsExactlyElementsOf(seededIds())
                .doesNotContain(seeded.draftOrder("draft-eur").id());
    }

    @Test
    void pagesWithLimitAndOffset() {
        JsonNode page = http.get("/admin/orders?limit=5&offset=10&fields=id").json();

        assertThat(page.get("count").asInt()).isEqualTo(12);
        assertThat(ids(page)).containsExactlyElementsOf(seededIds().subList(10, 12));
        assertThat(http.get("/admin/orders?limit=abc").json().get("message").asString())
                .isEqualTo("Invalid request: Expected type: 'number' for field 'limit', got: 'abc'");
    }

    @Test
    void ordersByAFieldDescending() {
        List<String> newestFirst =
                ids(http.get("/admin/orders?order=-created_at&fields=id").json());
        assertThat(newestFirst).containsExactlyElementsOf(seededIds().reversed());
        List<String> byNumber =
                ids(http.get("/admin/orders?order=display_id&fields=id").json());
        assertThat(byNumber).containsExactlyElementsOf(seededIds());
    }

    @Test
    void defaultFieldsAreThinAndPlusFieldsAddToThem() {
        JsonNode plain = http.get("/admin/orders?limit=1").json().at("/orders/0");
        assertThat(plain.has("email")).isFalse();
        assertThat(plain.has("currency_code")).isFalse();
        assertThat(plain.has("summary")).isTrue();

        JsonNode extended = http.get("/admin/orders?limit=1&fields=%2Bemail,+currency_code")
                .json()
                .at("/orders/0");
        assertThat(extended.get("email").asString()).isEqualTo(StandardSeed.JANE);
        assertThat(extended.get("currency_code").asString()).isEqualTo("eur");
        assertThat(extended.has("summary")).isTrue();
    }

    @Test
    void aPlainFieldListReplacesTheDefaultsButItemsAndStatusesStay() {
        JsonNode order = http.get("/admin/orders?limit=1&fields=id,email,nonexistent")
                .json()
                .at("/orders/0");

        assertThat(order.propertyNames())
                .containsExactly("id", "email", "status", "version", "items", "payment_status", "fulfillment_status");
        assertThat(order.at("/items/0").has("subtotal")).isFalse();
    }

    @Test
    void relationsComeWithTheirForeignKey() {
        JsonNode order =
                http.get("/admin/orders?limit=1&fields=id,*customer").json().at("/orders/0");

        assertThat(order.get("customer_id").asString()).isEqualTo(seeded.customerId(StandardSeed.JANE));
        assertThat(order.at("/customer/has_account").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "completed-delivered, completed, captured, delivered",
        "pending-authorized, pending, authorized, not_fulfilled",
        "canceled, canceled, canceled, not_fulfilled",
        "archived-shipped, archived, captured, shipped",
        "pending-fulfilled, pending, captured, fulfilled",
        "pending-unpaid, pending, not_paid, not_fulfilled",
        "completed-usd, completed, captured, delivered",
        "pending-partially-fulfilled, pending, captured, partially_fulfilled",
        "canceled-refunded, canceled, refunded, not_fulfilled",
        "archived-canceled, archived, canceled, not_fulfilled",
        "pending-shipped, pending, captured, shipped",
        "completed-unfulfilled, completed, captured, not_fulfilled"
    })
    void computesPaymentAndFulfillmentStatus(String key, String status, String payment, String fulfillment) {
        JsonNode order =
                http.get("/admin/orders/" + seeded.order(key).id()).json().get("order");

        assertThat(order.get("status").asString()).isEqualTo(status);
        assertThat(order.get("payment_status").asString()).isEqualTo(payment);
        assertThat(order.get("fulfillment_status").asString()).isEqualTo(fulfillment);
    }

    @Test
    void amountsAreMajorUnitsAndMatchTheSeed() {
        String id = seeded.order("completed-delivered").id();
        JsonNode order = http.get("/admin/orders/" + id + "?fields=%2Bcurrency_code")
                .json()
                .get("order");

        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("94.43");
        assertThat(seeded.order("completed-delivered").total()).isEqualByComparingTo(new BigDecimal("94.43"));
        assertThat(order.get("shipping_total").decimalValue()).isEqualByComparingTo("4.95");
        assertThat(order.at("/items/0/unit_price").decimalValue()).isEqualByComparingTo("19.99");
        assertThat(order.at("/summary/raw_current_order_total/value").asString())
                .isEqualTo("94.43");
        assertThat(order.get("currency_code").asString()).isEqualTo("eur");
    }

    @Test
    void qIsALooseCaseInsensitiveContainsMatch() {
        assertThat(ids(http.get("/admin/orders?q=JANE.doe@example.com&fields=id")
                        .json()))
                .containsExactly(
                        id("completed-delivered"),
                        id("archived-shipped"),
                        id("pending-fulfilled"),
                        id("pending-shipped"));
        assertThat(ids(http.get("/admin/orders?q=guest&fields=id").json()))
                .containsExactly(id("pending-authorized"), id("canceled"), id("archived-canceled"));
        List<String> byNumber = ids(http.get("/admin/orders?q=1&fields=id").json());
        assertThat(byNumber)
                .contains(id("completed-delivered"), id("completed-unfulfilled"))
                .hasSizeGreaterThan(2);
    }

    @Test
    void filtersByStatusStringOrArray() {
        assertThat(http.get("/admin/orders?status=completed&fields=id")
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(3);
        assertThat(http.get("/admin/orders?status[]=pending&status[]=canceled&fields=id")
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(7);
        assertThat(http.get("/admin/orders?status=archived&fields=id")
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void anUnknownStatusIsTheDatabaseEnumsUnknownError() {
        MedusaHttp.Reply reply = http.get("/admin/orders?status=cancelled");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body())
                .isEqualTo(
                        "{\"code\":\"unknown_error\",\"type\":\"unknown_error\",\"message\":\"An unknown error occurred.\"}");
    }

    @Test
    void filtersByCustomerIdAndDates() {
        String jane = seeded.customerId(StandardSeed.JANE);
        assertThat(http.get("/admin/orders?customer_id=" + jane)
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(4);
        assertThat(ids(http.get("/admin/orders?id=" + id("canceled")).json())).containsExactly(id("canceled"));

        String from = NOW.minus(Duration.ofDays(21)).toString();
        String to = NOW.minus(Duration.ofDays(11)).toString();
        List<String> window =
                ids(http.get("/admin/orders?fields=id&created_at[$gte]=" + from + "&created_at[$lte]=" + to)
                        .json());
        assertThat(window)
                .containsExactly(
                        id("pending-unpaid"),
                        id("completed-usd"),
                        id("pending-partially-fulfilled"),
                        id("canceled-refunded"),
                        id("archived-canceled"));
        assertThat(http.get("/admin/orders?fields=id&updated_at[$gt]=" + NOW)
                        .json()
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void retrievesDraftsButNotUnknownIds() {
        String draft = seeded.draftOrder("draft-eur").id();
        JsonNode order = http.get("/admin/orders/" + draft + "?fields=id,status,is_draft_order")
                .json()
                .get("order");
        assertThat(order.get("status").asString()).isEqualTo("draft");
        assertThat(order.get("is_draft_order").asBoolean()).isTrue();

        MedusaHttp.Reply missing = http.get("/admin/orders/order_NOPE");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"type\":\"not_found\",\"message\":\"Order id not found: order_NOPE\"}");
    }

    @Test
    void unknownQueryParametersAreIgnored() {
        assertThat(http.get("/admin/orders?foo=bar").json().get("count").asInt())
                .isEqualTo(12);
    }

    private static List<String> seededIds() {
        return seeded.orders().stream().map(order -> order.id()).toList();
    }

    private static String id(String key) {
        return seeded.order(key).id();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("orders").values().forEach(order -> ids.add(order.get("id").asString()));
        return ids;
    }
}
