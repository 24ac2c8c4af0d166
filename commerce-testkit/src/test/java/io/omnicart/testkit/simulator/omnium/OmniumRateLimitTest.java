package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reference §12 rules 2, 5–8: per-user concurrency gate, token bucket, Retry-After, forced 429s. */
class OmniumRateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final OmniumSimulator simulator = OmniumSimulator.start(clock);

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void moreThanTwentyInFlightGet429AndTheGateNeverAdmitsMore() throws Exception {
        simulator.options().latency(Duration.ofMillis(1500));
        OmniumHttp http = OmniumHttp.loggedIn(simulator);
        List<OmniumHttp.Reply> replies = parallel(http, 30);

        List<OmniumHttp.Reply> limited =
                replies.stream().filter(reply -> reply.status() == 429).toList();
        assertThat(replies.stream().filter(reply -> reply.status() == 200)).hasSize(20);
        assertThat(limited).hasSize(10).allMatch(reply -> reply.retryAfter().isPresent());
        assertThat(limited.getFirst().json().get("message").asString()).isEqualTo("Too many requests");
        assertThat(simulator.maxConcurrentRequests()).isEqualTo(20);
        assertThat(simulator.rateLimitedRequests()).isEqualTo(10);
    }

    @Test
    void concurrencyLimitIsConfigurable() throws Exception {
        simulator.options().latency(Duration.ofMillis(1500)).concurrencyLimit(5);
        List<OmniumHttp.Reply> replies = parallel(OmniumHttp.loggedIn(simulator), 8);

        assertThat(replies.stream().filter(reply -> reply.status() == 429)).hasSize(3);
        assertThat(simulator.maxConcurrentRequests()).isEqualTo(5);
    }

    @Test
    void emptyBucketAnswers429UntilTheNextRefillStep() {
        simulator.options().tokenBucket(3, 2, Duration.ofSeconds(10));
        OmniumHttp http = OmniumHttp.loggedIn(simulator);
        for (int call = 0; call < 3; call++) {
            assertThat(http.get("/api/Markets").status()).isEqualTo(200);
        }
        clock.advance(Duration.ofSeconds(4));
        OmniumHttp.Reply limited = http.get("/api/Markets");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.retryAfter()).contains("6");

        clock.advance(Duration.ofSeconds(6));
        assertThat(http.get("/api/Markets").status()).isEqualTo(200);
        assertThat(http.get("/api/Markets").status()).isEqualTo(200);
        assertThat(http.get("/api/Markets").status()).isEqualTo(429);
    }

    @Test
    void defaultLimitsMatchTheReference() {
        OmniumOptions options = simulator.options();
        assertThat(options.concurrencyLimit()).isEqualTo(20);
        assertThat(options.bucketCapacity()).isEqualTo(12_000);
        assertThat(options.bucketRefill()).isEqualTo(1_000);
        assertThat(options.refillInterval()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void tokenEndpointIsNeverLimited() {
        simulator.options().tokenBucket(1, 1, Duration.ofSeconds(10));
        OmniumHttp http = OmniumHttp.loggedIn(simulator);
        http.get("/api/Markets");
        assertThat(http.get("/api/Markets").status()).isEqualTo(429);

        assertThat(http.login(simulator.clientId(), simulator.clientSecret()).status())
                .isEqualTo(200);
    }

    @Test
    void rateLimitNextForcesDeterministic429s() {
        OmniumHttp http = OmniumHttp.loggedIn(simulator);
        simulator.rateLimitNext(2, Duration.ofSeconds(2));

        OmniumHttp.Reply first = http.get("/api/Markets");
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.retryAfter()).contains("2");
        assertThat(http.get("/api/Markets").status()).isEqualTo(429);
        assertThat(http.get("/api/Markets").status()).isEqualTo(200);
    }

    @Test
    void aClientKeepingTwentyInFlightNeverSeesA429() throws Exception {
        simulator.options().latency(Duration.ofMillis(2));
        OmniumHttp http = OmniumHttp.loggedIn(simulator);
        Semaphore guard = new Semaphore(20);
        try (ExecutorService pool = Executors.newFixedThreadPool(30)) {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int call = 0; call < 2_000; call++) {
                calls.add(CompletableFuture.supplyAsync(() -> guarded(guard, http), pool));
            }
            for (CompletableFuture<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        }
        assertThat(simulator.rateLimitedRequests()).isZero();
        assertThat(simulator.maxConcurrentRequests()).isLessThanOrEqualTo(20);
    }

    private static int guarded(Semaphore guard, OmniumHttp http) {
        guard.acquireUninterruptibly();
        try {
            return http.get("/api/Markets").status();
        } finally {
            guard.release();
        }
    }

    private static List<OmniumHttp.Reply> parallel(OmniumHttp http, int callers) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<CompletableFuture<OmniumHttp.Reply>> futures = new ArrayList<>();
            for (int caller = 0; caller < callers; caller++) {
                futures.add(CompletableFuture.supplyAsync(() -> http.get("/api/Markets"), pool));
            }
            List<OmniumHttp.Reply> replies = new ArrayList<>();
            for (CompletableFuture<OmniumHttp.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        }
    }
}
