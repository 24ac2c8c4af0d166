package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reference §8, §10, §11, §12 r22, r26, r27: private and business customers with addresses and orders, order types
 * with flags and steps, order settings, markets with currencies, stores, and the overview counts.
 */
class OmniumCustomersAndSettingsTest {

    private final OmniumSimulator simulator = OmniumSimulator.start();
    private final SeededStore seeded = simulator.seed(StandardSeed.create());
    private final OmniumHttp http = OmniumHttp.loggedIn(simulator);

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void privateAndBusinessCustomers() {
        String jane = seeded.customerId(StandardSeed.JANE);
        String alice = seeded.customerId(StandardSeed.ALICE);
        JsonNode privateJane = http.get("/api/PrivateCustomers/" + jane).json();
        assertThat(privateJane.get("isCustomerClubMember").asBoolean()).isTrue();
        assertThat(privateJane.get("addresses").get(0).get("purposes").size()).isEqualTo(2);
        assertThat(http.get("/api/BusinessCustomers/" + jane).status()).isEqualTo(404);

        JsonNode business = http.get("/api/BusinessCustomers/" + alice).json();
        assertThat(business.get("name").asString()).isEqualTo("Acme GmbH");
        assertThat(business.get("contacts").get(0).get("firstName").asString()).isEqualTo("Alice");
        assertThat(http.get("/api/BusinessCustomers/GetBusinessCustomerByContactEmail?email=" + StandardSeed.ALICE)
                        .json()
                        .get("customerId")
                        .asString())
                .isEqualTo(alice);
        assertThat(http.post("/api/customers/Search", "{\"query\":\"acme\"}")
                        .json()
                        .get("totalHits")
                        .asLong())
                .isEqualTo(1);
        assertThat(http.post("/api/PrivateCustomers/Search", "{}")
                        .json()
                        .get("totalHits")
                        .asLong())
                .isEqualTo(seeded.seed().customers().size() - 1);
        assertThat(http.get("/api/BusinessCustomers/GetAll?page=1&pageSize=10")
                        .json()
                        .get("totalHits")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void customerOrdersByIdEmailAndSearch() {
        String jane = seeded.customerId(StandardSeed.JANE);
        long expected = seeded.seed().orders().stream()
                .filter(order -> StandardSeed.JANE.equals(order.customerEmail()))
                .count();
        assertThat(http.get("/api/Orders/GetOrdersForCustomer?email=" + StandardSeed.JANE)
                        .json()
                        .get("totalHits")
                        .asLong())
                .isEqualTo(expected);
        assertThat(http.post("/api/Orders/Customers/" + jane + "/Orders/Search", "{\"take\":100}")
                        .json()
                        .get("totalHits")
                        .asLong())
                .isEqualTo(expected);
    }

    @Test
    void orderTypesCarryFlagsShipmentUpdatesAndSteps() {
        JsonNode online = http.get("/api/Settings/OrderTypes").json().get(0);
        assertThat(online.get("name").asString()).isEqualTo("Online");
        assertThat(online.get("enableCreateFromCart").asBoolean()).isTrue();
        JsonNode ship = status(online, "Ship");
        assertThat(ship.get("shipmentStatusUpdate").asString()).isEqualTo("Shipped");
        assertThat(ship.get("enforceAvailableStepsPolicy").asBoolean()).isTrue();
        assertThat(ship.get("availableSteps").values())
                .extracting(JsonNode::asString)
                .doesNotContain("OrderCanceled");
        assertThat(status(online, "OrderCanceled").get("isCanceledStatus").asBoolean())
                .isTrue();
        assertThat(status(online, "Completed").get("isDeliveredStatus").asBoolean())
                .isTrue();
        assertThat(http.get("/api/Settings/OrderSettings")
                        .json()
                        .get("useOrderStatusLog")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void marketsCarryCurrenciesAndStoresSearch() {
        JsonNode markets = http.get("/api/Markets").json();
        assertThat(markets.values())
                .filteredOn(market -> market.get("currency").asString().equals("USD"))
                .extracting(market -> market.get("countryCode").asString())
                .containsExactlyInAnyOrder("US", "CA");
        assertThat(markets.get(0).get("isDefaultMarket").asBoolean()).isTrue();
        assertThat(markets.get(0).get("currency").asString()).isEqualTo("EUR");
        assertThat(http.post("/api/Stores/SearchStores", "{\"isWarehouse\":true}")
                        .json()
                        .get("totalHits")
                        .asLong())
                .isEqualTo(4);
        assertThat(http.post("/api/Stores/SearchStores", "{\"marketIds\":[\"US\"]}")
                        .json()
                        .get("result")
                        .values())
                .extracting(store -> store.get("id").asString())
                .as("the Berlin shop serves Germany only")
                .containsExactlyInAnyOrder(seeded.storeId(), "web-us", "dc-central");
    }

    @Test
    void countAndTotalHitsAgreeForTheOverview() {
        long all = seeded.seed().orders().size();
        assertThat(http.get("/api/Orders/GetOrders/Count").json().asLong()).isEqualTo(all);
        assertThat(http.post("/api/Orders/Search", "{\"take\":0,\"disableFacets\":true}")
                        .json()
                        .get("totalHits")
                        .asLong())
                .isEqualTo(all);
        assertThat(http.get("/api/Orders/GetOrders/Count?status=Completed&storeId=" + seeded.storeId())
                        .json()
                        .asLong())
                .isEqualTo(http.post("/api/Orders/Search", "{\"selectedStatuses\":[\"Completed\"],\"take\":1}")
                        .json()
                        .get("totalHits")
                        .asLong());
        assertThat(http.get("/api/Orders/GetOrders/Count?changedSince=2999-01-01T00:00:00Z")
                        .json()
                        .asLong())
                .isZero();
        simulator.options().allowTakeZero(false);
        assertThat(http.post("/api/Orders/Search", "{\"take\":0}").status()).isEqualTo(400);
    }

    private static JsonNode status(JsonNode type, String name) {
        for (JsonNode status : type.get("orderStatuses").values()) {
            if (status.get("name").asString().equals(name)) {
                return status;
            }
        }
        throw new AssertionError("no status " + name);
    }
}
