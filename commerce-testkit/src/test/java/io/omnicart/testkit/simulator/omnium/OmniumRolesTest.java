package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reference §1, §12 r4: API users with roles (403 when missing) and market scope; the default user has all. */
class OmniumRolesTest {

    private final OmniumSimulator simulator = OmniumSimulator.start();
    private final SeededStore seeded = simulator.seed(StandardSeed.create());

    @AfterEach
    void close() {
        simulator.close();
    }

    private OmniumHttp as(String clientId, String... roles) {
        simulator.addApiUser(clientId, clientId + "-secret", roles);
        OmniumHttp http = new OmniumHttp(simulator.baseUrl());
        assertThat(http.login(clientId, clientId + "-secret").status()).isEqualTo(200);
        return http;
    }

    @Test
    void aReadOnlyUserCanReadButNotWrite() {
        OmniumHttp reader = as("reader", "OrderRead");
        String id = seeded.order("pending-unpaid").id();

        assertThat(reader.get("/api/Orders/" + id).status()).isEqualTo(200);
        assertThat(reader.post("/api/Orders/Search", "{}").status()).isEqualTo(200);
        OmniumHttp.Reply refused = reader.post("/api/Orders/" + id + "/UpdateStatus", "{\"status\":\"Completed\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asString()).contains("OrderAdmin");
        assertThat(reader.get("/api/Products/TEE-L-BLK").status()).isEqualTo(403);
        assertThat(OmniumHttp.loggedIn(simulator)
                        .get("/api/Orders/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("New");
    }

    @Test
    void commerceUserCoversCartsProductsAndCustomersOnly() {
        OmniumHttp commerce = as("commerce", "CommerceUser");

        assertThat(commerce.get("/api/Products/TEE-L-BLK").status()).isEqualTo(200);
        assertThat(commerce.post("/api/Cart/Search", "{}").status()).isEqualTo(200);
        assertThat(commerce.post("/api/customers/Search", "{}").status()).isEqualTo(200);
        assertThat(commerce.post("/api/Orders/Search", "{}").status()).isEqualTo(403);
        assertThat(commerce.get("/api/Markets").status()).isEqualTo(403);
    }

    @Test
    void adminImpliesReadByDefaultAndApiUserOnlyLogsIn() {
        OmniumHttp admin = as("admin", "OrderAdmin");
        assertThat(admin.post("/api/Orders/Search", "{}").status()).isEqualTo(200);
        simulator.options().adminImpliesRead(false);
        assertThat(admin.post("/api/Orders/Search", "{}").status()).isEqualTo(403);

        OmniumHttp loginOnly = as("login", "ApiUser");
        assertThat(loginOnly.get("/api/Stores").status()).isEqualTo(403);
    }

    @Test
    void marketRolesHideOtherMarkets() {
        OmniumHttp german = as("german", "OrderRead", "market-DE");
        JsonNode orders = german.post("/api/Orders/Search", "{\"take\":100}").json();

        assertThat(orders.get("result").values())
                .allMatch(order -> order.get("marketId").asString().equals("DE"));
        assertThat(orders.get("totalHits").asLong()).isPositive();
        String usOrder = seeded.order("completed-usd").id();
        assertThat(german.get("/api/Orders/" + usOrder).status()).isEqualTo(403);
        simulator.options().marketScopeStatus(404);
        assertThat(german.get("/api/Orders/" + usOrder).status()).isEqualTo(404);
    }

    @Test
    void theSimulatorsOwnUserOwnsEverythingAndResetForgetsAddedUsers() {
        as("temp", "OrderRead");
        simulator.reset();

        assertThat(new OmniumHttp(simulator.baseUrl())
                        .login("temp", "temp-secret")
                        .status())
                .isEqualTo(401);
        assertThat(OmniumHttp.loggedIn(simulator)
                        .get("/api/Settings/OrderTypes")
                        .status())
                .isEqualTo(200);
    }
}
