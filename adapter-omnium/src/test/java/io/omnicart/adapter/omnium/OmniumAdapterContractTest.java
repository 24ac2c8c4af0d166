package io.omnicart.adapter.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventoryResultStatus;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.StoreSettings;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.CommerceAdapterContract;
import io.omnicart.testkit.contract.ContractTokenCache;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.omnium.OmniumSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * The adapter contract against the Omnium simulator, with an API user's client id and secret; plus what only an Omnium
 * tenant has: several warehouses with one marked default, and a market group spanning currencies.
 */
class OmniumAdapterContractTest extends CommerceAdapterContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CALL = Duration.ofSeconds(30);
    private static OmniumSimulator simulator;
    private final String accountId = "acc_" + UUID.randomUUID();
    private final CommerceAdapter adapter = new OmniumAdapter(
            WebClient.builder()
                    .clientConnector(
                            new ReactorClientHttpConnector(HttpClient.create().responseTimeout(TIMEOUT)))
                    .build(),
            new ContractTokenCache(),
            OmniumSettings.defaults(),
            Clock.systemUTC());

    @BeforeAll
    static void startSimulator() {
        simulator = OmniumSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Override
    protected CommerceAdapter adapter() {
        return adapter;
    }

    @Override
    protected OmniumSimulator simulator() {
        return simulator;
    }

    @Override
    protected StoreConnection connection() {
        return new StoreConnection(
                accountId, "ws_contract", Platform.OMNIUM, simulator.baseUrl(), simulator.credentials());
    }

    @Override
    protected StoreConnection connectionWithWrongCredentials() {
        Credentials wrong = new Credentials.ClientCredentials(simulator.clientId(), Secret.of("not-the-secret-0000"));
        return new StoreConnection(accountId + "_wrong", "ws_contract", Platform.OMNIUM, simulator.baseUrl(), wrong);
    }

    @Override
    protected boolean usesTokens() {
        return true;
    }

    @Override
    protected boolean isLogin(RecordedRequest request) {
        return request.method().equals("POST") && request.path().equalsIgnoreCase("/api/Token");
    }

    @Override
    protected Duration upstreamTimeout() {
        return TIMEOUT;
    }

    @Test
    void aSkuStockedInSeveralWarehousesIsSyncedAtTheMarkedDefaultOnly() {
        List<InventoryLevel> before = levels("SNK-44");
        assertThat(before)
                .as("the standard store keeps the sneaker in three warehouses")
                .extracting(InventoryLevel::locationId)
                .containsExactlyInAnyOrder(seeded().locationId(), "store-berlin", "dc-central");

        List<InventoryResult> results = adapter.syncInventory(
                        connection(), new InventorySyncCommand(List.of(new InventoryItem("SNK-44", 40, null))))
                .block(CALL);

        assertThat(results)
                .singleElement()
                .extracting(InventoryResult::status)
                .isEqualTo(InventoryResultStatus.UPDATED);
        assertThat(levels("SNK-44"))
                .containsExactlyInAnyOrder(
                        withQuantity(level(before, seeded().locationId()), 40),
                        level(before, "store-berlin"),
                        level(before, "dc-central"));
    }

    @Test
    void withoutAMarkedDefaultOnlyASkuInSeveralWarehousesIsAmbiguousAndTheDetailNamesThem() {
        simulator.options().defaultWarehouseMarked(false);

        List<InventoryResult> results = adapter.syncInventory(
                        connection(),
                        new InventorySyncCommand(List.of(
                                new InventoryItem("SNK-44", 40, null), new InventoryItem("TEE-L-BLK", 11, null))))
                .block(CALL);

        assertThat(results.getFirst().status()).isEqualTo(InventoryResultStatus.AMBIGUOUS);
        assertThat(results.getFirst().detail())
                .contains("no default warehouse")
                .contains(seeded().locationId() + ", store-berlin, dc-central")
                .contains("web-us")
                .contains("locationId");
        assertThat(results.get(1).status())
                .as("a SKU in one warehouse needs no default")
                .isEqualTo(InventoryResultStatus.UPDATED);
        assertThat(level(levels("SNK-44"), seeded().locationId()).quantity()).isNotEqualTo(40);
    }

    @Test
    void eachMarketOfTheCrossCurrencyGroupIsARegionInItsOwnCurrency() {
        StoreSettings settings = adapter.settings(connection()).block(CALL);

        assertThat(settings.regions())
                .as("one region per market, each with its own country")
                .hasSize(seeded().seed().regions().stream()
                        .mapToInt(region -> region.countries().size())
                        .sum())
                .allSatisfy(region -> assertThat(region.countries()).hasSize(1));
        assertThat(settings.regions())
                .filteredOn(region -> region.id().equals(seeded().regionId("USD")))
                .singleElement()
                .satisfies(region -> assertThat(region.currency()).isEqualTo("USD"));
    }

    @Test
    void aEuropeanOrderCarriesVatOutsideItsLinePrices() {
        Order order = adapter.getOrder(
                        connection(), seeded().order("completed-delivered").id())
                .block(CALL);

        assertThat(order.totals().tax().amount()).as("German VAT").isPositive();
        assertThat(order.lineItems())
                .allSatisfy(line -> assertThat(line.unitPrice().amount())
                        .as("the seed's price, before tax")
                        .isEqualByComparingTo(
                                seeded().seed().variant(line.sku()).price("EUR").amount()));
    }

    private static InventoryLevel withQuantity(InventoryLevel level, int quantity) {
        return new InventoryLevel(level.sku(), quantity, level.locationId(), level.productId(), level.variantId());
    }

    private List<InventoryLevel> levels(String sku) {
        return adapter.getInventory(connection(), List.of(sku)).collectList().block(CALL);
    }

    private static InventoryLevel level(List<InventoryLevel> levels, String locationId) {
        return levels.stream()
                .filter(level -> locationId.equals(level.locationId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no level at " + locationId + " in " + levels));
    }
}
