package io.omnicart.gateway.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.UpstreamUnavailable;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.gateway.guard.sim.FaultyUpstream;
import io.omnicart.gateway.guard.sim.SimulatedStoreAdapter;
import io.omnicart.gateway.routing.AdapterDecorator;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * The guard as the gateway wires it (every {@code AdapterDecorator} bean, the context's {@code TokenCache} and {@code
 * WebClient.Builder}) around a test adapter talking to a fault-injecting store on loopback.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "omnicart.upstream.medusa.retry.initial-backoff=50ms",
            "omnicart.upstream.medusa.circuit-breaker.sliding-window-size=4",
            "omnicart.upstream.medusa.circuit-breaker.minimum-calls=4",
            "omnicart.upstream.medusa.circuit-breaker.wait-in-open=1s",
            "omnicart.upstream.medusa.circuit-breaker.half-open-calls=1"
        })
@AutoConfigureWebTestClient
class GuardedStoreSimulatorTest {

    private static FaultyUpstream store;

    @Autowired
    WebClient.Builder webClients;

    @Autowired
    TokenCache tokens;

    @Autowired
    ObjectProvider<AdapterDecorator> decorators;

    @Autowired
    WebTestClient client;

    @BeforeAll
    static void startStore() {
        store = new FaultyUpstream();
    }

    @AfterAll
    static void stopStore() {
        store.close();
    }

    private CommerceAdapter adapter() {
        CommerceAdapter adapter = new SimulatedStoreAdapter(webClients, tokens);
        for (AdapterDecorator decorator : decorators.orderedStream().toList()) {
            adapter = decorator.decorate(adapter);
        }
        return adapter;
    }

    private static StoreConnection account(String id) {
        return new StoreConnection(id, "ws-1", Platform.MEDUSA, URI.create(store.baseUrl()), new Credentials.None());
    }

    private static final InventorySyncCommand SYNC =
            new InventorySyncCommand(List.of(new InventoryItem("SKU-1", 7, null)));

    @Test
    void a429StormWithRetryAfterIsAbsorbedWithoutAnyCallerVisibleError() {
        CommerceAdapter adapter = adapter();
        StoreConnection account = account("acc-storm");
        adapter.getInventory(account, List.of("SKU-1")).blockLast(); // warm: token cached
        int rateLimitedBefore = store.rateLimited.get();

        store.storm(Duration.ofMillis(1200), 1);
        List<Long> levels = Flux.range(0, 50)
                .flatMap(i -> adapter.getInventory(account, List.of("SKU-1")).count(), 50)
                .collectList()
                .block(Duration.ofSeconds(30));

        assertThat(levels).hasSize(50).containsOnly(1L);
        assertThat(store.rateLimited.get() - rateLimitedBefore).isGreaterThanOrEqualTo(50);
    }

    @Test
    void aWriteThatMayHaveBeenProcessedIsNotRepeated() {
        CommerceAdapter adapter = adapter();
        StoreConnection account = account("acc-write");
        adapter.getInventory(account, List.of("SKU-1")).blockLast();
        int before = store.writes.get();

        store.processNextWriteThenFail();
        StepVerifier.create(adapter.syncInventory(account, SYNC))
                .expectError(UpstreamUnavailable.class)
                .verify(Duration.ofSeconds(10));
        assertThat(store.writes.get() - before).isEqualTo(1);
    }

    @Test
    void aWriteRefusedWith429IsRepeatedOnceTheStoreAllowsAndProcessedExactlyOnce() {
        CommerceAdapter adapter = adapter();
        StoreConnection account = account("acc-write-429");
        adapter.getInventory(account, List.of("SKU-1")).blockLast();
        int before = store.writes.get();

        store.storm(Duration.ofMillis(500), 1);
        StepVerifier.create(adapter.syncInventory(account, SYNC))
                .expectNextMatches(results -> results.size() == 1)
                .verifyComplete();
        assertThat(store.writes.get() - before).isEqualTo(1);
    }

    @Test
    void theCircuitOpensOnAFailingStoreStopsCallingItAndRecovers() {
        CommerceAdapter adapter = adapter();
        StoreConnection account = account("acc-breaker");
        adapter.getInventory(account, List.of("SKU-1")).blockLast();

        store.down(true);
        try {
            for (int i = 0; i < 3; i++) { // one call (with its retries) counts once: 1 success, 3 failures
                StepVerifier.create(adapter.getInventory(account, List.of("SKU-1")))
                        .expectError(UpstreamUnavailable.class)
                        .verify(Duration.ofSeconds(10));
            }
            int requestsWhenOpen = store.requests.get();
            StepVerifier.create(adapter.getInventory(account, List.of("SKU-1")))
                    .expectErrorSatisfies(error -> assertThat(((UpstreamUnavailable) error).retryAfter())
                            .isPositive()
                            .isLessThanOrEqualTo(Duration.ofSeconds(1)))
                    .verify(Duration.ofSeconds(5));
            assertThat(store.requests.get()).isEqualTo(requestsWhenOpen);
        } finally {
            store.down(false);
        }

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(adapter.getInventory(account, List.of("SKU-1"))
                                .count()
                                .block())
                        .isEqualTo(1L));
    }

    @Test
    void anExpiredTokenIsReplacedByOneFreshLoginAndTheCallSucceeds() {
        CommerceAdapter adapter = adapter();
        StoreConnection account = account("acc-token");
        adapter.getInventory(account, List.of("SKU-1")).blockLast();
        int loginsBefore = store.logins.get();

        store.expireTokens();
        StepVerifier.create(adapter.getInventory(account, List.of("SKU-1")).count())
                .expectNext(1L)
                .verifyComplete();
        assertThat(store.logins.get() - loginsBefore).isEqualTo(1);
    }

    @Test
    void upstreamMetricsAppearOnPrometheusWithoutAccountIds() {
        adapter().getInventory(account("acc-metrics"), List.of("SKU-1")).blockLast();

        String scrape = client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(scrape)
                .contains("omnicart_upstream_requests_seconds_count{")
                .contains("operation=\"get_inventory\"")
                .contains("omnicart_token_logins_total{")
                .contains("omnicart_token_cache_total{")
                .contains("omnicart_upstream_circuit_open{")
                .contains("resilience4j_retry_calls");
        assertThat(scrape.lines().filter(line -> line.startsWith("omnicart_") || line.startsWith("resilience4j_")))
                .noneMatch(line -> line.contains("acc-"));
    }
}
