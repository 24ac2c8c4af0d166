package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reference §12 rules 19–21, 23, 27: UpdateStatus, comments, tags, locks, soft delete and settings. */
class OmniumOrderActionsTest {

    private final OmniumSimulator simulator = OmniumSimulator.start();
    private final SeededStore seeded = simulator.seed(StandardSeed.create());
    private final OmniumHttp http = OmniumHttp.loggedIn(simulator);
    private final String orderId = openOrderId();

    @AfterEach
    void close() {
        simulator.close();
    }

    private String openOrderId() {
        return http.post("/api/Orders/Search", "{\"selectedStatuses\":[\"New\"],\"take\":1}")
                .json()
                .get("result")
                .get(0)
                .get("id")
                .asString();
    }

    @Test
    void updateStatusRunsTheWorkflowAndStampsCompletion() {
        OmniumHttp.Reply reply = http.post("/api/Orders/" + orderId + "/UpdateStatus", "{\"status\":\"Completed\"}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("isAborted").asBoolean()).isFalse();
        assertThat(body.get("order").get("status").asString()).isEqualTo("Completed");
        assertThat(body.get("order").has("completed")).isTrue();
        assertThat(body.get("orderActionExecutionResults")
                        .get(0)
                        .get("actionStatus")
                        .asString())
                .isEqualTo("Success");
        assertThat(http.get("/api/Orders/" + orderId).json().get("status").asString())
                .isEqualTo("Completed");
    }

    @Test
    void cancelStatusMarksLinesCanceled() {
        JsonNode order = http.post("/api/Orders/" + orderId + "/UpdateStatus", "{\"status\":\"OrderCanceled\"}")
                .json()
                .get("order");
        assertThat(order.get("orderForm").get("lineItems").values())
                .allMatch(line -> line.has("canceledDate"))
                .allMatch(line -> line.get("canceledQuantity").asInt()
                        == line.get("quantity").asInt());
    }

    @Test
    void updateStatusRefusals() {
        String path = "/api/Orders/" + orderId + "/UpdateStatus";
        assertThat(http.post(path, "{}").status()).isEqualTo(400);
        assertThat(http.post(path, "{\"status\":\"Teleported\"}").status()).isEqualTo(400);
        assertThat(http.post("/api/Orders/nope/UpdateStatus", "{\"status\":\"Completed\"}")
                        .status())
                .isEqualTo(404);

        simulator.lockOrder(orderId, true);
        assertThat(http.post(path, "{\"status\":\"Completed\"}").status()).isEqualTo(409);
        simulator.lockOrder(orderId, false);
        assertThat(http.post(path, "{\"status\":\"Completed\"}").status()).isEqualTo(200);
    }

    @Test
    void addCommentAppendsToOrderNotes() {
        OmniumHttp.Reply reply = http.post(
                "/api/Orders/AddComment",
                "{\"orderId\":\"" + orderId + "\",\"commentText\":\"customer asked\",\"createdBy\":\"gw\"}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode notes = http.get("/api/Orders/" + orderId).json().get("orderNotes");
        assertThat(notes.size()).isEqualTo(1);
        assertThat(notes.get(0).get("detail").asString()).isEqualTo("customer asked");
        assertThat(http.post("/api/Orders/AddComment", "{\"orderId\":\"nope\",\"commentText\":\"x\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void patchOrderMergesTagsAndExcludedTagsFilterThem() {
        JsonNode first = http.patch("/api/Orders/" + orderId + "/PatchOrder", "{\"tags\":[\"archived\"]}")
                .json();
        assertThat(first.get("updatedCount").asInt()).isEqualTo(1);
        JsonNode again = http.patch("/api/Orders/" + orderId + "/PatchOrder", "{\"tags\":[\"archived\"]}")
                .json();
        assertThat(again.get("unchangedCount").asInt()).isEqualTo(1);

        JsonNode visible = http.post("/api/Orders/Search", "{\"excludedTags\":[\"archived\"],\"take\":100}")
                .json();
        assertThat(visible.get("result").values())
                .noneMatch(order -> order.get("id").asString().equals(orderId));
        assertThat(http.patch("/api/Orders/nope/PatchOrder", "{\"tags\":[\"x\"]}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void settingsExposeOrderTypeFlagsStoresAndMarkets() {
        JsonNode types = http.get("/api/Settings/OrderTypes").json();
        assertThat(types.get(0).get("orderStatuses").values())
                .anyMatch(status -> status.get("isCanceledStatus").asBoolean())
                .anyMatch(status -> status.get("isDeliveredStatus").asBoolean());

        JsonNode stores = http.get("/api/Stores").json();
        assertThat(stores.get("totalHits").asLong()).as("several warehouses").isEqualTo(4);
        assertThat(stores.get("result").values())
                .allMatch(store -> store.get("isWarehouse").asBoolean())
                .filteredOn(store -> store.get("isPrimaryWarehouse").asBoolean())
                .singleElement()
                .satisfies(primary -> {
                    assertThat(primary.get("id").asString()).isEqualTo(seeded.storeId());
                    assertThat(primary.get("id").asString()).isEqualTo(seeded.locationId());
                    assertThat(primary.get("isWebWarehouse").asBoolean()).isTrue();
                });
        assertThat(stores.get("result").values())
                .filteredOn(store -> store.get("isWebWarehouse").asBoolean())
                .as("a second web warehouse, for the American markets")
                .hasSize(2);

        JsonNode markets = http.get("/api/Markets").json();
        assertThat(markets.isArray()).isTrue();
        int countries = simulator.seeded().seed().regions().stream()
                .mapToInt(region -> region.countries().size())
                .sum();
        assertThat(markets.size()).as("one market per country").isEqualTo(countries);
        assertThat(markets.values())
                .filteredOn(market -> market.get("marketId").asString().equals(seeded.regionId("USD")))
                .singleElement()
                .satisfies(
                        market -> assertThat(market.get("currency").asString()).isEqualTo("USD"));
        JsonNode groups = http.get("/api/Markets/GetMarketGroups").json();
        assertThat(groups.size()).isEqualTo(1);
        assertThat(groups.get(0).get("marketIds").size()).isEqualTo(countries);
        assertThat(markets.values())
                .as("the market group spans two currencies")
                .allMatch(market -> market.get("marketGroupId")
                        .asString()
                        .equals(groups.get(0).get("groupId").asString()))
                .extracting(market -> market.get("currency").asString())
                .containsOnly("EUR", "USD");
        assertThat(http.get("/api/Stores/nope").status()).isEqualTo(404);
    }
}
