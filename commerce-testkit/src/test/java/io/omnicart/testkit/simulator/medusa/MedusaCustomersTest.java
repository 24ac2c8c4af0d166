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

/** Customers: registered vs guest, search, addresses and order history. */
class MedusaCustomersTest {

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
    void listsFiftyByDefaultWithoutAddresses() {
        JsonNode page = http.get("/admin/customers").json();

        assertThat(page.get("limit").asInt()).isEqualTo(50);
        assertThat(page.get("count").asInt()).isEqualTo(4);
        assertThat(page.at("/customers/0").has("addresses")).isFalse();
        JsonNode withAddresses =
                http.get("/admin/customers?fields=id,*addresses").json().at("/customers/0/addresses/0");
        assertThat(withAddresses.get("is_default_shipping").asBoolean()).isTrue();
        assertThat(withAddresses.get("city").asString()).isEqualTo("Berlin");
    }

    @Test
    void hasAccountTellsRegisteredFromGuests() {
        assertThat(emails("/admin/customers?has_account=true&fields=email"))
                .containsExactly(StandardSeed.JANE, StandardSeed.BOB);
        assertThat(emails("/admin/customers?has_account=false&fields=email"))
                .containsExactly(StandardSeed.ALICE, StandardSeed.JOHN_GUEST);
        assertThat(emails("/admin/customers?q=JANE&fields=email")).containsExactly(StandardSeed.JANE);
        assertThat(emails("/admin/customers?q=paris&fields=email")).containsExactly(StandardSeed.ALICE);
    }

    @Test
    void theAddressesRouteOmitsTheDefaultFlags() {
        JsonNode page = http.get("/admin/customers/" + seeded.customerId(StandardSeed.ALICE) + "/addresses")
                .json();

        assertThat(page.get("count").asInt()).isEqualTo(1);
        assertThat(page.at("/addresses/0").has("is_default_shipping")).isFalse();
        assertThat(page.at("/addresses/0/country_code").asString()).isEqualTo("fr");
    }

    @Test
    void createdCustomersAreNotRegisteredAndGuestEmailsAreUnique() {
        JsonNode created = http.post("/admin/customers", "{\"email\":\"new@example.com\",\"first_name\":\"New\"}")
                .json()
                .get("customer");
        assertThat(created.get("has_account").asBoolean()).isFalse();
        assertThat(created.get("created_by").asString()).startsWith("apk_");

        MedusaHttp.Reply duplicate = http.post("/admin/customers", "{\"email\":\"" + StandardSeed.JOHN_GUEST + "\"}");
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.json().get("type").asString()).isEqualTo("duplicate_error");
    }

    @Test
    void addressesCanBeAddedAndAnswerWithTheCustomer() {
        String john = seeded.customerId(StandardSeed.JOHN_GUEST);
        MedusaHttp.Reply reply = http.post(
                "/admin/customers/" + john + "/addresses",
                "{\"address_1\":\"Jungfernstieg 2\",\"city\":\"Hamburg\",\"country_code\":\"DE\",\"postal_code\":\"20354\"}");

        assertThat(reply.json().get("customer").get("id").asString()).isEqualTo(john);
        assertThat(http.get("/admin/customers/" + john + "/addresses")
                        .json()
                        .at("/addresses/0/country_code")
                        .asString())
                .isEqualTo("de");
    }

    @Test
    void orderHistoryOnTheOrdersRouteExcludesDraftsTheCustomerRelationDoesNot() {
        String alice = seeded.customerId(StandardSeed.ALICE);
        assertThat(http.get("/admin/orders?customer_id=" + alice)
                        .json()
                        .get("count")
                        .asInt())
                .isEqualTo(3);

        JsonNode orders = http.get("/admin/customers/" + alice + "?fields=id,*orders")
                .json()
                .at("/customer/orders");
        assertThat(orders.size()).isEqualTo(4);
        assertThat(orders.values().stream()
                        .filter(o -> o.get("is_draft_order").asBoolean())
                        .count())
                .isEqualTo(1);
    }

    @Test
    void unknownCustomersAre404s() {
        MedusaHttp.Reply reply = http.get("/admin/customers/cus_NOPE");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asString()).isEqualTo("Customer with id: cus_NOPE not found");
    }

    private List<String> emails(String path) {
        List<String> emails = new ArrayList<>();
        http.get(path)
                .json()
                .get("customers")
                .values()
                .forEach(c -> emails.add(c.get("email").asString()));
        return emails;
    }
}
