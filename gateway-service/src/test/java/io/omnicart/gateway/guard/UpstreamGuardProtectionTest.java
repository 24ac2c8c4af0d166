package io.omnicart.gateway.guard;

import static io.omnicart.gateway.guard.GuardFixture.MEDUSA_STORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.UpstreamUnavailable;
import io.omnicart.core.model.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** Circuit breaker, bulkhead and account status around single calls. */
class UpstreamGuardProtectionTest {

    private static final Map<String, String> SMALL_BREAKER = Map.of(
            "omnicart.upstream.medusa.retry.max-attempts", "1",
            "omnicart.upstream.medusa.circuit-breaker.sliding-window-size", "4",
            "omnicart.upstream.medusa.circuit-breaker.minimum-calls", "4",
            "omnicart.upstream.medusa.circuit-breaker.wait-in-open", "300ms",
            "omnicart.upstream.medusa.circuit-breaker.half-open-calls", "1");

    private final AtomicInteger calls = new AtomicInteger();

    private Mono<String> failingWith(RuntimeException error) {
        return Mono.defer(() -> {
            calls.incrementAndGet();
            return Mono.error(error);
        });
    }

    private Mono<String> ok() {
        return Mono.fromSupplier(() -> {
            calls.incrementAndGet();
            return "ok";
        });
    }

    @Test
    void transientFailuresOpenTheCircuitWhichAnswersWithRetryAfterAndRecoversByItself() {
        GuardFixture fixture = new GuardFixture(SMALL_BREAKER);
        UpstreamUnavailable down = new UpstreamUnavailable("503", null, Platform.MEDUSA, 503, null);
        for (int i = 0; i < 4; i++) {
            StepVerifier.create(fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, () -> failingWith(down)))
                    .verifyErrorMessage("503");
        }

        StepVerifier.create(fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, this::ok))
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOfSatisfying(
                                UpstreamUnavailable.class,
                                open -> assertThat(open.retryAfter()).isEqualTo(Duration.ofSeconds(1))))
                .verify();
        assertThat(calls).hasValue(4);
        assertThat(fixture.counter("omnicart.upstream.circuit.transitions", "platform", "medusa", "state", "open"))
                .isEqualTo(1.0);

        Awaitility.await()
                .atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(fixture.counter(
                                "omnicart.upstream.circuit.transitions", "platform", "medusa", "state", "half_open"))
                        .isEqualTo(1.0));
        StepVerifier.create(fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, this::ok))
                .expectNext("ok")
                .verifyComplete();
        assertThat(fixture.counter("omnicart.upstream.circuit.transitions", "platform", "medusa", "state", "closed"))
                .isEqualTo(1.0);
    }

    /** Default breaker (50 % of 20 calls, at least 10); retries quick and without jitter. */
    private static Map<String, String> defaultBreakerWithAttempts(int attempts) {
        return Map.of(
                "omnicart.upstream.medusa.retry.max-attempts", String.valueOf(attempts),
                "omnicart.upstream.medusa.retry.initial-backoff", "1ms",
                "omnicart.upstream.medusa.retry.jitter", "0");
    }

    private void expectCalls(GuardFixture fixture, int count, boolean succeed) {
        UpstreamUnavailable down = new UpstreamUnavailable("503", null, Platform.MEDUSA, 503, null);
        for (int i = 0; i < count; i++) {
            var verifier = StepVerifier.create(fixture.guard.call(
                    MEDUSA_STORE, UpstreamOperation.GET_ORDER, succeed ? this::ok : () -> failingWith(down)));
            if (succeed) {
                verifier.expectNext("ok").as("successful call " + i).verifyComplete();
            } else {
                verifier.verifyErrorMessage("503");
            }
        }
    }

    private static double opened(GuardFixture fixture) {
        return fixture.counter("omnicart.upstream.circuit.transitions", "platform", "medusa", "state", "open");
    }

    @Test
    void aLogicalCallCountsOnceSoTwoFailedCallsOfAShortOutageNeverOpenTheCircuit() {
        GuardFixture fixture = new GuardFixture(defaultBreakerWithAttempts(3));

        expectCalls(fixture, 2, false);
        assertThat(calls).hasValue(6);
        expectCalls(fixture, 50, true);

        assertThat(opened(fixture)).isZero();
        assertThat(calls).hasValue(56);
    }

    @Test
    void aSuccessNeverOpensTheCircuit() {
        GuardFixture fixture = new GuardFixture(defaultBreakerWithAttempts(1));

        expectCalls(fixture, 9, false); // one short of the minimum number of calls: still closed
        expectCalls(fixture, 30, true); // the first would have made 90 % failures of 10 calls

        assertThat(opened(fixture)).isZero();
    }

    @Test
    void failuresFromBeforeARecoveryCannotOpenTheCircuitAfterIt() {
        Map<String, String> settings = new java.util.HashMap<>(defaultBreakerWithAttempts(1));
        settings.put("omnicart.upstream.medusa.circuit-breaker.sliding-window-size", "10");
        settings.put("omnicart.upstream.medusa.circuit-breaker.minimum-calls", "10");
        GuardFixture fixture = new GuardFixture(settings);

        expectCalls(fixture, 5, false); // an outage
        expectCalls(fixture, 3, true); // recovered: as many successes in a row as closing a half-open circuit takes
        expectCalls(fixture, 2, false); // 7 of the last 10 calls failed, 5 of them before the recovery

        assertThat(opened(fixture)).isZero();
        expectCalls(fixture, 1, true);
    }

    @Test
    void aStoreThatKeepsFailingMostCallsStillOpensTheCircuit() {
        GuardFixture fixture = new GuardFixture(defaultBreakerWithAttempts(1));
        for (int round = 0; round < 3; round++) {
            expectCalls(fixture, 2, false);
            expectCalls(fixture, 1, true);
        }
        expectCalls(fixture, 1, false); // 7 of 10 calls failed, never 3 successes in a row

        assertThat(opened(fixture)).isEqualTo(1.0);
        int before = calls.get();
        StepVerifier.create(fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, this::ok))
                .expectError(UpstreamUnavailable.class)
                .verify();
        assertThat(calls).hasValue(before);
    }

    @Test
    void clientErrorsAndRateLimitsDoNotOpenTheCircuit() {
        GuardFixture fixture = new GuardFixture(SMALL_BREAKER);
        for (int i = 0; i < 4; i++) {
            RuntimeException error = i % 2 == 0
                    ? new NotFound("order", "o" + i, Platform.MEDUSA, 404)
                    : new RateLimited("429", Duration.ofMinutes(5), Platform.MEDUSA, 429);
            StepVerifier.create(fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, () -> failingWith(error)))
                    .expectError(error.getClass())
                    .verify();
        }
        StepVerifier.create(fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, this::ok))
                .expectNext("ok")
                .verifyComplete();
    }

    @Test
    void circuitsArePerAccount() {
        GuardFixture fixture = new GuardFixture(SMALL_BREAKER);
        UpstreamUnavailable down = new UpstreamUnavailable("503", null, Platform.MEDUSA, 503, null);
        for (int i = 0; i < 4; i++) {
            fixture.guard
                    .call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, () -> failingWith(down))
                    .onErrorResume(e -> Mono.empty())
                    .block();
        }
        var other = new io.omnicart.core.spi.StoreConnection(
                "acc-2", "ws-1", Platform.MEDUSA, MEDUSA_STORE.baseUrl(), MEDUSA_STORE.credentials());
        StepVerifier.create(fixture.guard.call(other, UpstreamOperation.GET_ORDER, this::ok))
                .expectNext("ok")
                .verifyComplete();
    }

    @Test
    void bulkheadQueuesBrieflyThenRefuses() {
        GuardFixture fixture = new GuardFixture(Map.of(
                "omnicart.upstream.medusa.bulkhead.max-concurrent", "2",
                "omnicart.upstream.medusa.bulkhead.max-wait", "500ms",
                "omnicart.upstream.medusa.retry.max-attempts", "1"));
        StepVerifier.withVirtualTime(() -> Mono.zip(
                        slow(fixture, Duration.ofSeconds(2)),
                        slow(fixture, Duration.ofSeconds(2)),
                        slow(fixture, Duration.ofSeconds(2))
                                .onErrorResume(RateLimited.class, e -> Mono.just("refused"))))
                .thenAwait(Duration.ofSeconds(3))
                .assertNext(results -> assertThat(results.getT3()).isEqualTo("refused"))
                .verifyComplete();
        assertThat(fixture.counter("omnicart.upstream.bulkhead.rejections", "platform", "medusa"))
                .isEqualTo(1.0);

        GuardFixture patient = new GuardFixture(Map.of("omnicart.upstream.medusa.bulkhead.max-concurrent", "2"));
        StepVerifier.withVirtualTime(() -> Mono.zip(
                        slow(patient, Duration.ofSeconds(1)),
                        slow(patient, Duration.ofSeconds(1)),
                        slow(patient, Duration.ofSeconds(1))))
                .thenAwait(Duration.ofSeconds(3))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void aCancelledCallFreesItsBulkheadSlotForTheNextWaiter() {
        GuardFixture fixture = new GuardFixture(Map.of(
                "omnicart.upstream.medusa.bulkhead.max-concurrent", "1",
                "omnicart.upstream.medusa.retry.max-attempts", "1"));
        Disposable hanging = fixture.guard
                .call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, () -> Mono.<String>never())
                .subscribe();

        StepVerifier.create(fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, this::ok))
                .then(() ->
                        assertThat(calls).as("waits while the slot is taken").hasValue(0))
                .then(hanging::dispose)
                .expectNext("ok")
                .verifyComplete();
        assertThat(fixture.counter("omnicart.upstream.bulkhead.rejections", "platform", "medusa"))
                .isZero();
    }

    @Test
    void callsWaitingForTheBulkheadStartInArrivalOrder() {
        GuardFixture fixture = new GuardFixture(Map.of(
                "omnicart.upstream.medusa.bulkhead.max-concurrent", "1",
                "omnicart.upstream.medusa.retry.max-attempts", "1"));
        Sinks.Empty<Void> gate = Sinks.empty();
        List<Integer> order = new CopyOnWriteArrayList<>();
        fixture.guard
                .call(
                        MEDUSA_STORE,
                        UpstreamOperation.GET_ORDER,
                        () -> gate.asMono().thenReturn("first"))
                .subscribe();
        List<String> results = new CopyOnWriteArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int id = i;
            fixture.guard
                    .call(
                            MEDUSA_STORE,
                            UpstreamOperation.GET_ORDER,
                            () -> Mono.fromSupplier(() -> {
                                order.add(id);
                                return "call " + id;
                            }))
                    .subscribe(results::add);
        }
        assertThat(order).isEmpty();

        gate.tryEmitEmpty();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> results.size() == 5);
        assertThat(order).containsExactly(1, 2, 3, 4, 5);
    }

    private Mono<String> slow(GuardFixture fixture, Duration duration) {
        return fixture.guard.call(
                MEDUSA_STORE,
                UpstreamOperation.GET_ORDER,
                () -> Mono.delay(duration).thenReturn("done"));
    }

    @Test
    void rejectedCredentialsMarkTheAccountFailingAndASuccessClearsIt() {
        GuardFixture fixture = new GuardFixture(Map.of());
        StepVerifier.create(fixture.guard.call(
                        MEDUSA_STORE,
                        UpstreamOperation.LIST_ORDERS,
                        () -> failingWith(new CredentialsRejected("Unauthorized", Platform.MEDUSA, 401))))
                .expectError(CredentialsRejected.class)
                .verify();
        StepVerifier.create(fixture.guard.call(MEDUSA_STORE, UpstreamOperation.LIST_ORDERS, this::ok))
                .expectNext("ok")
                .verifyComplete();
        StepVerifier.create(fixture.guard.call(MEDUSA_STORE, UpstreamOperation.LIST_ORDERS, this::ok))
                .expectNext("ok")
                .verifyComplete();

        assertThat(calls).hasValue(3);
        assertThat(fixture.statusEvents).containsExactly("failure ws-1/acc-1 auth_rejected", "success ws-1/acc-1");
        assertThat(fixture.timerCount("outcome", "auth_rejected", "status", "4xx"))
                .isEqualTo(1);
    }
}
