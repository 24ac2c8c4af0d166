package io.omnicart.adapter.medusa.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.adapter.medusa.model.MedusaList;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.core.error.InvalidState;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.UpstreamContractViolation;
import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.ContractTokenCache;
import io.omnicart.testkit.simulator.Fault;
import io.omnicart.testkit.simulator.FaultRule;
import io.omnicart.testkit.simulator.medusa.MedusaSimulator;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/** The body read straight from the network buffer, over real HTTP: limits, empty bodies, error bodies. */
class MedusaHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static MedusaSimulator simulator;

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
        simulator.reset();
        simulator.seed(StandardSeed.create());
    }

    @Test
    void aPageIsReadFromTheBufferAndTheBaseUrlsTrailingSlashIsDropped() {
        StoreConnection store = new StoreConnection(
                "acc_http",
                "ws_http",
                Platform.MEDUSA,
                URI.create(simulator.baseUrl() + "//"),
                simulator.apiKeyCredentials());

        MedusaList<MedusaOrder> page = client(WebClient.create())
                .listOrders(store, MedusaQuery.fields("id,status").page(3, 0))
                .block(WAIT);

        assertThat(page.items())
                .hasSize(3)
                .allSatisfy(order -> assertThat(order.id()).isNotBlank());
        assertThat(page.count()).isGreaterThanOrEqualTo(3);
        assertThat(simulator.requests().getLast().path()).isEqualTo("/admin/orders");
    }

    @Test
    void theClientsBodyLimitStillHolds() {
        WebClient small = WebClient.builder()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(512))
                .build();

        assertThatThrownBy(() -> client(small)
                        .listOrders(store(), MedusaQuery.fields("*items").page(20, 0))
                        .block(WAIT))
                .isInstanceOf(UpstreamContractViolation.class)
                .hasMessageContaining("not the JSON its API documents");
    }

    @Test
    void anEmptySuccessBodyReadsAsAnEmptyObject() {
        simulator.failNext(FaultRule.once(Fault.status(200, "", "application/json")));
        assertThatThrownBy(() -> client(WebClient.create())
                        .getCustomer(store(), "cus_EMPTY", "id")
                        .block(WAIT))
                .isInstanceOf(NotFound.class);

        simulator.failNext(FaultRule.once(Fault.status(200, "", "application/json")));
        client(WebClient.create()).archiveOrder(store(), "order_EMPTY").block(WAIT);
    }

    @Test
    void errorBodiesAreStillReadAsText() {
        simulator.failNext(FaultRule.once(Fault.status(
                400, "{\"type\":\"not_allowed\",\"message\":\"Order is already canceled\"}", "application/json")));

        assertThatThrownBy(() -> client(WebClient.create())
                        .cancelOrder(store(), "order_X")
                        .block(WAIT))
                .isInstanceOf(InvalidState.class)
                .hasMessageContaining("Order is already canceled");
    }

    private static MedusaClient client(WebClient webClient) {
        return new MedusaClient(
                new MedusaCalls(webClient, new ContractTokenCache(), Clock.systemUTC(), Duration.ofMinutes(55)));
    }

    private static StoreConnection store() {
        return new StoreConnection(
                "acc_http", "ws_http", Platform.MEDUSA, simulator.baseUrl(), simulator.apiKeyCredentials());
    }
}
