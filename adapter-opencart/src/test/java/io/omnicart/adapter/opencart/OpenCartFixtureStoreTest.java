package io.omnicart.adapter.opencart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.adapter.opencart.simulator.OpenCartTestStore;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.error.InvalidState;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.CollectionProductsCommand;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.Product;
import io.omnicart.core.spi.RawAuthorization;
import io.omnicart.core.spi.RawRequest;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.simulator.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The adapter against the real bridge on the 3.0 fixture store, with status changes through the native-API simulator,
 * whose side effects land in the same tables the bridge reads back.
 */
class OpenCartFixtureStoreTest {

    private static OpenCartTestStore store;
    private final OpenCartAdapter adapter = OpenCartTestAdapters.create(Duration.ofSeconds(10));

    @BeforeAll
    static void start() {
        store = OpenCartTestStore.fixture("3.0");
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private StoreConnection connection() {
        return store.connection();
    }

    @Test
    void verifiesTheStoreThroughTheNativeLoginAndTheBridge() {
        assertThat(adapter.verify(connection()).block().name()).isEqualTo("Your Store");
    }

    @Test
    void readsAnOrderWithLinesTotalsAndHistory() {
        Order order = adapter.getOrder(connection(), "3").block();

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.platformStatus()).isEqualTo("Shipped");
        assertThat(order.fulfillmentStatus()).isEqualTo(FulfillmentStatus.SHIPPED);
        assertThat(order.customer().type().wire()).isEqualTo("guest");
        assertThat(order.totals().total().amount()).isEqualByComparingTo("505");
        assertThat(order.lineItems())
                .singleElement()
                .satisfies(line -> assertThat(line.sku()).isEqualTo("MACBOOK"));
        assertThat(order.timeline()).isNotEmpty();
    }

    @Test
    void anUnknownOrAbandonedOrderIsNotFound() {
        assertThatThrownBy(() -> adapter.getOrder(connection(), "999").block()).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> adapter.getOrder(connection(), "8").block()).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> adapter.getOrder(connection(), "abc").block()).isInstanceOf(NotFound.class);
    }

    @Test
    void listsOrdersWithoutAbandonedCheckouts() {
        List<String> ids =
                adapter.listOrders(connection(), OrderQuery.all(PageRequest.first(100))).block().data().stream()
                        .map(o -> o.id())
                        .toList();
        assertThat(ids).contains("1", "2", "3").doesNotContain("8");
    }

    @Test
    void readsAProductWithItsOptionValueCounters() {
        Product tee = adapter.getProduct(connection(), "50").block();

        assertThat(tee.variants()).extracting(v -> v.id()).contains("50", "50:300", "50:301", "50:302");
        assertThat(tee.options())
                .singleElement()
                .satisfies(o -> assertThat(o.title()).isEqualTo("Size"));
    }

    @Test
    void theHandleIsThe30SeoKeywordOfTheDefaultStoreAndLanguageElseTheModel() {
        assertThat(adapter.getProduct(connection(), "50").block().handle()).isEqualTo("omnicart-t-shirt");
        assertThat(adapter.getProduct(connection(), "40").block().handle()).isEqualTo("iphone");
        assertThat(adapter.getProduct(connection(), "43").block().handle()).isEqualTo("Product 16");
    }

    @Test
    void addsAndRemovesCategoryProductsAndAnUnknownProductChangesNothing() {
        assertThat(adapter.updateCollectionProducts(
                                connection(), "28", new CollectionProductsCommand(List.of("43"), List.of("47")))
                        .block()
                        .productCount())
                .isEqualTo(2);
        assertThat(categoryProducts(28)).isEqualTo("42,43");

        assertThatThrownBy(() -> adapter.updateCollectionProducts(
                                connection(), "28", new CollectionProductsCommand(List.of("47"), List.of("987654")))
                        .block())
                .isInstanceOf(InvalidRequest.class);
        assertThat(categoryProducts(28)).isEqualTo("42,43");

        adapter.updateCollectionProducts(
                        connection(), "28", new CollectionProductsCommand(List.of("47"), List.of("43")))
                .block();
        assertThat(categoryProducts(28)).isEqualTo("42,47");
    }

    @Test
    void customerAddressesCarryTheCustomersTelephone() {
        assertThat(adapter.getCustomer(connection(), "2").block().addresses())
                .isNotEmpty()
                .allSatisfy(address -> assertThat(address.phone()).isEqualTo("+44 20 7946 0958"));
    }

    @Test
    void cancellingThroughTheNativeApiRestocksAndKeepsTheReason() {
        int before = quantity("SELECT quantity FROM oc_product_option_value WHERE product_option_value_id = 301");

        Order cancelled = adapter.cancelOrder(connection(), "2", new CancelOrderCommand("Customer called"))
                .block();

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Customer called");
        assertThat(quantity("SELECT quantity FROM oc_product_option_value WHERE product_option_value_id = 301"))
                .isEqualTo(before + 2);
        assertThatThrownBy(() -> adapter.completeOrder(connection(), "2").block())
                .isInstanceOf(InvalidState.class);
    }

    @Test
    void shippingSetsShippedWithTrackingAndRecordsTheShipment() {
        CreateShipmentCommand command =
                new CreateShipmentCommand("UPS", "1Z-TEST-9", "https://track.example.com/1Z-TEST-9", List.of(), true);

        Order shipped = adapter.createShipment(connection(), "1", command).block();

        assertThat(shipped.platformStatus()).isEqualTo("Shipped");
        assertThat(shipped.shipments()).singleElement().satisfies(shipment -> {
            assertThat(shipment.carrier()).isEqualTo("UPS");
            assertThat(shipment.trackingNumbers()).containsExactly("1Z-TEST-9");
            assertThat(shipment.trackingUrls()).containsExactly("https://track.example.com/1Z-TEST-9");
        });
        List<RecordedRequest> history = store.simulator().requests().stream()
                .filter(r -> "api/order/history".equals(r.queryParam("route")))
                .toList();
        assertThat(history).last().satisfies(r -> assertThat(r.body()).contains("order_status_id=3", "notify=1"));
    }

    @Test
    void aWrongKeyIsReportedAsRejectedCredentials() {
        StoreConnection wrong =
                store.connection("omnicart", "not-the-key-0000000000000000000000000000000000000000000000000000");

        assertThatThrownBy(() -> adapter.verify(wrong).block())
                .isInstanceOfSatisfying(
                        ConnectionFailed.class, f -> assertThat(f.reason()).isEqualTo("auth_rejected"));
    }

    @Test
    void rawBridgeRequestsAreSignedAndRawNativeRequestsCarryTheSession() {
        RawRequest bridgeCall = new RawRequest("GET", "/omnicart-bridge.php", "route=settings", new byte[0]);
        RawAuthorization signed = adapter.authorizeRaw(connection(), bridgeCall).block();

        assertThat(signed.headers()).containsKey("X-OmniCart-Signature");
        assertThat(signed.toString()).doesNotContain(signed.headers().get("X-OmniCart-Signature"));
        String body = WebClient.create(store.simulator().baseUrl() + "/omnicart-bridge.php?route=settings")
                .get()
                .headers(headers -> signed.headers().forEach(headers::set))
                .retrieve()
                .bodyToMono(String.class)
                .block();
        assertThat(body).contains("\"store_name\":\"Your Store\"");

        RawRequest nativeCall = new RawRequest("POST", "/index.php", "route=api/order/history&order_id=4", new byte[0]);
        RawAuthorization session =
                adapter.authorizeRaw(connection(), nativeCall).block();
        assertThat(session.queryParameters()).containsKey("api_token");
        adapter.rawRejected(connection(), session).block();
        RawAuthorization fresh = adapter.authorizeRaw(connection(), nativeCall).block();
        assertThat(fresh.queryParameters().get("api_token"))
                .isNotEqualTo(session.queryParameters().get("api_token"));
    }

    private String categoryProducts(int categoryId) {
        try (var db = store.database().connect();
                var statement = db.createStatement();
                var rows = statement.executeQuery("SELECT GROUP_CONCAT(product_id ORDER BY product_id) FROM "
                        + "oc_product_to_category WHERE category_id = " + categoryId)) {
            rows.next();
            return rows.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int quantity(String sql) {
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
