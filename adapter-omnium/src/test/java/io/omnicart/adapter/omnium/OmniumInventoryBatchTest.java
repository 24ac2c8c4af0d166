package io.omnicart.adapter.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventoryResultStatus;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.ContractTokenCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inventory sync against a stand-in Omnium: {@code Inventory/UpdateMany} in batches of at most the configured size
 * (Omnium's limit: 1,000), one after the other; unknown SKUs and unchanged levels are not sent. And a 403 (a missing
 * role) costs no second login.
 */
class OmniumInventoryBatchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WEB_WAREHOUSE = "{\"result\":[{\"id\":\"web\",\"isWarehouse\":true,"
            + "\"isWebWarehouse\":true,\"isPrimaryWarehouse\":true}],\"totalHits\":1}";
    private final OmniumStubServer stub = new OmniumStubServer();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void batchesGoOneAfterTheOtherAndHoldAtMostTheBatchSize() {
        stub.route("POST /api/Inventory/Search", OmniumInventoryBatchTest::recordsOfRequestedSkus);
        stub.route("GET /api/Stores", body -> OmniumStubServer.Answer.json(WEB_WAREHOUSE));
        stub.route(
                "PUT /api/Inventory/UpdateMany", body -> new OmniumStubServer.Answer(200, "{}", Duration.ofMillis(30)));
        List<InventoryItem> items = IntStream.range(0, 1_000)
                .mapToObj(index -> new InventoryItem(index == 7 ? "NOPE" : "SKU-" + index, index == 3 ? 3 : 10, null))
                .toList();

        List<InventoryResult> results = adapter(300)
                .syncInventory(store(), new InventorySyncCommand(items))
                .block(Duration.ofSeconds(30));

        List<String> batches = stub.received("PUT /api/Inventory/UpdateMany");
        assertThat(batches).hasSize(4);
        assertThat(batches)
                .allSatisfy(batch -> assertThat(JSON.readTree(batch).size()).isLessThanOrEqualTo(300));
        assertThat(batches.stream()
                        .mapToInt(batch -> JSON.readTree(batch).size())
                        .sum())
                .isEqualTo(998);
        assertThat(stub.maxInFlight()).isEqualTo(1);
        assertThat(results).hasSize(1_000);
        assertThat(results.get(3).status()).isEqualTo(InventoryResultStatus.UNCHANGED);
        assertThat(results.get(7).status()).isEqualTo(InventoryResultStatus.NOT_FOUND);
        assertThat(results.get(8).status()).isEqualTo(InventoryResultStatus.UPDATED);
        JsonNode first = JSON.readTree(batches.getFirst()).get(0);
        assertThat(first.get("sku").asString()).isEqualTo("SKU-0");
        assertThat(first.get("warehouseCode").asString()).isEqualTo("web");
        assertThat(first.get("inventory").asInt()).isEqualTo(10);
        assertThat(first.has("reservedInventory")).as("reservations are kept").isFalse();
    }

    @Test
    void aThousandItemsGoInOneCallByDefault() {
        stub.route("POST /api/Inventory/Search", OmniumInventoryBatchTest::recordsOfRequestedSkus);
        stub.route("GET /api/Stores", body -> OmniumStubServer.Answer.json(WEB_WAREHOUSE));
        stub.route("PUT /api/Inventory/UpdateMany", body -> OmniumStubServer.Answer.json("{}"));
        List<InventoryItem> items = IntStream.range(0, 1_000)
                .mapToObj(index -> new InventoryItem("SKU-" + index, 5, null))
                .toList();

        adapter(1_000).syncInventory(store(), new InventorySyncCommand(items)).block(Duration.ofSeconds(30));

        assertThat(stub.received("PUT /api/Inventory/UpdateMany")).hasSize(1);
        assertThat(stub.received("POST /api/Inventory/Search"))
                .as("looked up 100 SKUs per call")
                .hasSize(10);
    }

    @Test
    void aMissingRoleCostsNoSecondLogin() {
        stub.route(
                "GET /api/Stores",
                body -> new OmniumStubServer.Answer(403, "{\"message\":\"Forbidden\"}", Duration.ZERO));
        OmniumAdapter adapter = adapter(1_000);

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> adapter.settings(store()).block(Duration.ofSeconds(10)));

        assertThat(refused)
                .isInstanceOfSatisfying(
                        CredentialsRejected.class,
                        rejected -> assertThat(rejected.upstreamStatus()).isEqualTo(403));
        assertThat(stub.logins()).isEqualTo(1);
    }

    private OmniumAdapter adapter(int batch) {
        OmniumSettings defaults = OmniumSettings.defaults();
        OmniumSettings settings = new OmniumSettings(
                defaults.tokenTtl(),
                defaults.tokenSkew(),
                defaults.scanBatch(),
                defaults.maxScanPages(),
                defaults.concurrency(),
                batch,
                defaults.orderTypesTtl(),
                defaults.overviewBatch(),
                defaults.overviewMaxOrders(),
                defaults.overviewCacheTtl());
        return new OmniumAdapter(WebClient.create(), new ContractTokenCache(), settings, Clock.systemUTC());
    }

    private StoreConnection store() {
        return new StoreConnection(
                "acc_stub",
                "ws_stub",
                Platform.OMNIUM,
                stub.baseUrl(),
                new Credentials.ClientCredentials("client", Secret.of("secret")));
    }

    /** One record per requested SKU at warehouse {@code web}, on hand 3 (so a sync to 3 is unchanged); not NOPE. */
    private static OmniumStubServer.Answer recordsOfRequestedSkus(String body) {
        Matcher skus = Pattern.compile("\"(SKU-\\d+)\"").matcher(body);
        StringBuilder result = new StringBuilder();
        while (skus.find()) {
            result.append(result.isEmpty() ? "" : ",")
                    .append("{\"sku\":\"")
                    .append(skus.group(1))
                    .append("\",\"warehouseCode\":\"web\",\"inventory\":3,\"reservedInventory\":1}");
        }
        return OmniumStubServer.Answer.json("{\"result\":[" + result + "],\"totalHits\":0}");
    }
}
