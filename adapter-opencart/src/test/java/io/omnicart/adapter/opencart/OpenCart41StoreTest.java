package io.omnicart.adapter.opencart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.adapter.opencart.simulator.OpenCartTestStore;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.InvalidState;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.Region;
import io.omnicart.core.model.StoreSettings;
import io.omnicart.core.spi.RawAuthorization;
import io.omnicart.core.spi.RawRequest;
import io.omnicart.testkit.simulator.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The adapter on the 4.1 fixture store (bridge/fixture/seed-4.1.sql: the 4.0 store on 4.1.0.4 tables), with the
 * simulator speaking 4.1's signed {@code api/order&call=…} API: detection, signed status changes, never an {@code
 * api_token} (a 4.1 store answers it with a 500), identifiers from {@code product_code}, and the item-6 reads.
 */
class OpenCart41StoreTest {

    private static OpenCartTestStore store;
    private final OpenCartAdapter adapter = OpenCartTestAdapters.create(Duration.ofSeconds(10));

    @BeforeAll
    static void start() {
        store = OpenCartTestStore.fixture("4.1");
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void verifiesA41StoreWithOneSignedCallAfterTheLoginRoutesAnswer403() {
        store.simulator().clearRequests();

        assertThat(adapter.verify(store.connection()).block().name()).isEqualTo("Your Store");

        List<RecordedRequest> requests = store.simulator().requests();
        assertThat(requests)
                .extracting(r -> r.queryParam("route"))
                .containsSubsequence("api/login", "api/order", "version", "settings")
                .doesNotContain("api/account/login");
        assertThat(requests)
                .filteredOn(r -> "api/order".equals(r.queryParam("route")))
                .singleElement()
                .satisfies(probe -> {
                    assertThat(probe.queryParam("call")).isEqualTo("omnicart_probe");
                    assertThat(probe.queryParam("signature")).isNotBlank();
                    assertThat(probe.queryParam("username")).isEqualTo("omnicart");
                });
        assertThat(requests)
                .allSatisfy(r -> assertThat(r.queryParam("api_token")).isNull());
    }

    @Test
    void aWrongKeyIsRejectedCredentialsNotAnUnsupportedVersion() {
        assertThatThrownBy(() -> adapter.verify(store.connection("omnicart", "0".repeat(64)))
                        .block())
                .isInstanceOfSatisfying(
                        ConnectionFailed.class, f -> assertThat(f.reason()).isEqualTo("auth_rejected"));
    }

    @Test
    void completesThroughTheSignedHistoryCallWithTheStoresLanguage() {
        store.simulator().clearRequests();

        Order completed = adapter.completeOrder(store.connection(), "1").block();

        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        List<RecordedRequest> calls = store.simulator().requests().stream()
                .filter(r -> "history_add".equals(r.queryParam("call")))
                .toList();
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.queryParam("route")).isEqualTo("api/order");
            assertThat(call.queryParam("language")).isEqualTo("en-gb");
            assertThat(call.queryParam("currency")).isEqualTo("USD");
            assertThat(call.body()).contains("order_id=1", "order_status_id=5");
        });
        assertThat(store.simulator().requests())
                .allSatisfy(r -> assertThat(r.queryParam("api_token")).isNull());
    }

    @Test
    void refusesToShipACompleteOrderAndWritesNothing() {
        int before = historyRows(7);

        assertThatThrownBy(() -> adapter.createShipment(
                                store.connection(),
                                "7",
                                new CreateShipmentCommand("UPS", "1Z-41", null, List.of(), false))
                        .block())
                .isInstanceOf(InvalidState.class);

        assertThat(historyRows(7)).isEqualTo(before);
        assertThat(adapter.getOrder(store.connection(), "7").block().status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void readsSkusFromProductCodesAndSyncsStockByThem() {
        Product tee = adapter.getProduct(store.connection(), "50").block();
        assertThat(tee.variants()).extracting(v -> v.sku()).contains("OMNI-TEE");

        List<InventoryResult> results = adapter.syncInventory(
                        store.connection(), new InventorySyncCommand(List.of(new InventoryItem("IPHONE", 77, null))))
                .block();

        assertThat(results)
                .singleElement()
                .satisfies(r -> assertThat(r.quantity()).isEqualTo(77));
        assertThat(number("SELECT quantity FROM oc_product WHERE product_id = 40"))
                .isEqualTo(77);
    }

    @Test
    void theHandleIsTheSeoKeywordOfTheDefaultStoreAndLanguageElseTheModel() {
        assertThat(adapter.getProduct(store.connection(), "50").block().handle())
                .isEqualTo("omnicart-t-shirt");
        assertThat(adapter.getProduct(store.connection(), "43").block().handle())
                .isEqualTo("Product 16");
    }

    @Test
    void customerAddressesCarryTheCustomersTelephone() {
        Customer alice = adapter.getCustomer(store.connection(), "1").block();

        assertThat(alice.addresses())
                .isNotEmpty()
                .allSatisfy(address -> assertThat(address.phone()).isEqualTo("+1-555-0101"));
    }

    @Test
    void regionsAreTheGeoZonesWithTheCurrencyTheirCountriesUse() {
        StoreSettings settings = adapter.settings(store.connection()).block();

        assertThat(settings.platformVersion()).contains("4.1");
        assertThat(settings.regions())
                .containsExactly(
                        new Region("3", "UK VAT Zone", "GBP", List.of("GB")),
                        new Region("5", "North America", "USD", List.of("US")),
                        new Region("6", "Germany & EU", "EUR", List.of("DE")));
    }

    @Test
    void rawNativeRequestsAreSignedNotGivenAToken() {
        RawRequest history = new RawRequest(
                "POST",
                "/index.php",
                "route=api/order&call=history_add",
                "order_id=999&order_status_id=2".getBytes(StandardCharsets.UTF_8));

        RawAuthorization signed =
                adapter.authorizeRaw(store.connection(), history).block();

        assertThat(signed.queryParameters()).doesNotContainKey("api_token").containsKeys("signature", "time");
        StringBuilder query = new StringBuilder("route=api/order&call=history_add");
        signed.queryParameters()
                .forEach((name, value) -> query.append('&')
                        .append(name)
                        .append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        String body = WebClient.create()
                .post()
                .uri(java.net.URI.create(store.simulator().baseUrl() + "/index.php?" + query))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .bodyValue("order_id=999&order_status_id=2")
                .retrieve()
                .bodyToMono(String.class)
                .block();
        assertThat(body).contains("Order could not be found");
    }

    private int historyRows(int orderId) {
        return number("SELECT COUNT(*) FROM oc_order_history WHERE order_id = " + orderId);
    }

    private int number(String sql) {
        try (var db = store.database().connect();
                var statement = db.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
