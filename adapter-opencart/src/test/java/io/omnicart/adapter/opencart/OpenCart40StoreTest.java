package io.omnicart.adapter.opencart;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.opencart.simulator.OpenCartTestStore;
import io.omnicart.core.model.CancelOrderCommand;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductVariant;
import io.omnicart.testkit.simulator.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 4.0 route style: {@code api/account/login}, {@code api/sale/order.addHistory}, variant products. */
class OpenCart40StoreTest {

    private static OpenCartTestStore store;
    private final OpenCartAdapter adapter = OpenCartTestAdapters.create(Duration.ofSeconds(10));

    @BeforeAll
    static void start() {
        store = OpenCartTestStore.fixture("4.0");
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void verifiesA40StoreAfterProbingTheLoginRoutes() {
        store.simulator().clearRequests();

        assertThat(adapter.verify(store.connection()).block().name()).isEqualTo("Your Store");

        assertThat(store.simulator().requests())
                .extracting(r -> r.queryParam("route"))
                .containsSubsequence("api/login", "api/account/login", "version", "settings");
    }

    @Test
    void completesThroughAddHistoryWithTheOrderIdInTheBody() {
        Order completed = adapter.completeOrder(store.connection(), "1").block();

        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        List<RecordedRequest> calls = store.simulator().requests().stream()
                .filter(r -> "api/sale/order.addHistory".equals(r.queryParam("route")))
                .toList();
        assertThat(calls).last().satisfies(call -> {
            assertThat(call.body()).contains("order_id=1", "order_status_id=5");
            assertThat(call.queryParam("api_token")).isNotBlank();
        });
    }

    @Test
    void anExpiredSessionCostsOneFreshLogin() {
        adapter.completeOrder(store.connection(), "9").block();
        store.simulator().expireTokens();
        store.simulator().clearRequests();

        adapter.cancelOrder(store.connection(), "2", new CancelOrderCommand(null))
                .block();
        adapter.completeOrder(store.connection(), "6").block();

        long logins = store.simulator().requests().stream()
                .filter(r -> "api/account/login".equals(r.queryParam("route")))
                .count();
        assertThat(logins).isEqualTo(1);
    }

    @Test
    void aMasterListsItsVariantProductsWithTheirOwnSkusAndStock() {
        Product hoodie = adapter.getProduct(store.connection(), "60").block();

        assertThat(hoodie.variants()).extracting(ProductVariant::sku).containsExactly("OMNI-HOODIE-S", "OMNI-HOODIE-M");
        assertThat(hoodie.variants())
                .extracting(ProductVariant::options)
                .containsExactly(java.util.Map.of("Size", "Small"), java.util.Map.of("Size", "Medium"));
    }
}
