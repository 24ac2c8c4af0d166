package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reference §3, §12 r5–r7: the tenant-wide gate (40), the product/inventory read gate (150, exempt from the 20), the
 * batch gate (4), the initial-scroll gate, the request cost, and the counters load tests read. Requests are held in
 * flight with {@link OmniumSimulator#holdRequests()}, so nothing depends on timing.
 */
class OmniumLimitsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final OmniumSimulator simulator = OmniumSimulator.start(clock);

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void tenantWideGateCountsEveryApiUser() throws Exception {
        simulator.addApiUser("second", "second-secret", "ApiOwner");
        simulator.addApiUser("third", "third-secret", "ApiOwner");
        OmniumHttp first = OmniumHttp.loggedIn(simulator);
        OmniumHttp second = login("second", "second-secret");
        OmniumHttp third = login("third", "third-secret");

        List<OmniumHttp.Reply> replies = held(45, call -> switch (call % 3) {
            case 0 -> first.get("/api/Markets");
            case 1 -> second.get("/api/Markets");
            default -> third.get("/api/Markets");
        });

        assertThat(replies.stream().filter(reply -> reply.status() == 200)).hasSize(40);
        assertThat(replies.stream().filter(reply -> reply.status() == 429))
                .hasSize(5)
                .allMatch(reply -> reply.retryAfter().isPresent());
        assertThat(simulator.rateLimitedRequests(OmniumLimit.TENANT_CONCURRENCY))
                .isEqualTo(5);
        assertThat(simulator.maxTenantConcurrentRequests()).isEqualTo(40);
        assertThat(simulator.maxConcurrentRequests()).isLessThanOrEqualTo(20);
        assertThat(simulator.maxConcurrentRequests("second")).isBetween(1, 20);
    }

    @Test
    void productReadsHaveTheirOwnGateOf150() throws Exception {
        simulator.seed(StandardSeed.create());
        OmniumHttp http = OmniumHttp.loggedIn(simulator);

        List<OmniumHttp.Reply> replies = held(155, call -> http.get("/api/Products/TEE-L-BLK"));

        assertThat(replies.stream().filter(reply -> reply.status() == 200)).hasSize(150);
        assertThat(simulator.rateLimitedRequests(OmniumLimit.HIGH_TRAFFIC_CONCURRENCY))
                .isEqualTo(5);
        assertThat(simulator.rateLimitedRequests(OmniumLimit.USER_CONCURRENCY)).isZero();
        assertThat(simulator.peakConcurrency(OmniumLimit.HIGH_TRAFFIC_CONCURRENCY))
                .isEqualTo(150);
        assertThat(simulator.maxConcurrentRequests()).as("exempt from the 20").isZero();
        assertThat(simulator.maxInFlightRequests()).isEqualTo(150);
    }

    @Test
    void atMostFourBatchCallsAtOnce() throws Exception {
        simulator.seed(StandardSeed.create());
        OmniumHttp http = OmniumHttp.loggedIn(simulator);
        String body = "[{\"sku\":\"TEE-L-BLK\",\"warehouseCode\":\"webshop\",\"inventory\":5}]";

        List<OmniumHttp.Reply> replies = held(6, call -> http.put("/api/Inventory/UpdateMany", body));

        assertThat(replies.stream().filter(reply -> reply.status() == 200)).hasSize(4);
        assertThat(simulator.rateLimitedRequests(OmniumLimit.BATCH_CONCURRENCY)).isEqualTo(2);
        assertThat(simulator.peakConcurrency(OmniumLimit.BATCH_CONCURRENCY)).isEqualTo(4);
    }

    @Test
    void initialScrollsAreStricterThanContinuations() throws Exception {
        simulator.seedBulkOrders(10);
        simulator.options().scrollStartConcurrencyLimit(2);
        OmniumHttp http = OmniumHttp.loggedIn(simulator);

        List<OmniumHttp.Reply> replies = held(3, call -> http.post("/api/Orders/Scroll", "{\"take\":5}"));

        assertThat(replies.stream().filter(reply -> reply.status() == 200)).hasSize(2);
        assertThat(simulator.rateLimitedRequests(OmniumLimit.SCROLL_START_CONCURRENCY))
                .isEqualTo(1);
    }

    @Test
    void everyGateIsConfigurableAndDefaultsMatchTheReference() throws Exception {
        OmniumOptions options = simulator.options();
        assertThat(options.tenantConcurrencyLimit()).isEqualTo(40);
        assertThat(options.highTrafficConcurrencyLimit()).isEqualTo(150);
        assertThat(options.batchConcurrencyLimit()).isEqualTo(4);
        assertThat(options.requestCost()).isEqualTo(1);

        options.tenantConcurrencyLimit(3).concurrencyRetryAfter(Duration.ofSeconds(2));
        OmniumHttp http = OmniumHttp.loggedIn(simulator);
        List<OmniumHttp.Reply> replies = held(4, call -> http.get("/api/Markets"));
        OmniumHttp.Reply limited = replies.stream()
                .filter(reply -> reply.status() == 429)
                .findFirst()
                .orElseThrow();
        assertThat(limited.retryAfter()).contains("2");
        assertThat(limited.json().get("message").asString()).isEqualTo("Too many requests");
    }

    @Test
    void requestCostDrainsTheBucketFaster() {
        simulator.options().tokenBucket(10, 10, Duration.ofSeconds(10)).requestCost(5);
        OmniumHttp http = OmniumHttp.loggedIn(simulator);

        assertThat(http.get("/api/Markets").status()).isEqualTo(200);
        assertThat(http.get("/api/Markets").status()).isEqualTo(200);
        OmniumHttp.Reply empty = http.get("/api/Markets");
        assertThat(empty.status()).isEqualTo(429);
        assertThat(simulator.rateLimitedRequests(OmniumLimit.TOKEN_BUCKET)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(10));
        assertThat(http.get("/api/Markets").status()).isEqualTo(200);
    }

    @Test
    void countsRequestsPerRouteAndResetsCounters() {
        simulator.seed(StandardSeed.create());
        OmniumHttp http = OmniumHttp.loggedIn(simulator);
        String id = simulator.seeded().orders().getFirst().id();
        http.get("/api/Orders/" + id);
        http.get("/api/orders/" + id);
        http.get("/api/Nothing/Here");

        assertThat(simulator.requestCount("GET", "/api/Orders/{id}")).isEqualTo(2);
        assertThat(simulator.requestCount("POST", "/api/Token")).isEqualTo(1);
        assertThat(simulator.requestCounts()).containsEntry("UNMATCHED", 1L);

        simulator.resetCounters();
        assertThat(simulator.requestCounts()).isEmpty();
        assertThat(simulator.rateLimitedRequests()).isZero();
        assertThat(http.get("/api/Orders/" + id).status())
                .as("data and tokens kept")
                .isEqualTo(200);
    }

    private OmniumHttp login(String clientId, String secret) {
        OmniumHttp http = new OmniumHttp(simulator.baseUrl());
        assertThat(http.login(clientId, secret).status()).isEqualTo(200);
        return http;
    }

    /**
     * Sends {@code calls} requests while the simulator holds admitted ones in flight, waits until each one is either
     * held or refused, then releases them and answers every reply.
     */
    private List<OmniumHttp.Reply> held(int calls, Function<Integer, OmniumHttp.Reply> call) throws Exception {
        simulator.holdRequests();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<OmniumHttp.Reply>> futures = new ArrayList<>();
            for (int index = 0; index < calls; index++) {
                int number = index;
                futures.add(CompletableFuture.supplyAsync(() -> call.apply(number), pool));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (simulator.requestsInFlight() + simulator.rateLimitedRequests() < calls) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("only " + simulator.requestsInFlight() + " held and "
                            + simulator.rateLimitedRequests() + " refused of " + calls);
                }
                Thread.sleep(5);
            }
            simulator.releaseRequests();
            List<OmniumHttp.Reply> replies = new ArrayList<>();
            for (CompletableFuture<OmniumHttp.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        }
    }
}
