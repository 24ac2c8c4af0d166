package io.omnicart.gateway.guard;

import static io.omnicart.gateway.guard.GuardFixture.MEDUSA_STORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.error.InvalidState;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.RetryAfter;
import io.omnicart.core.error.UpstreamTimeout;
import io.omnicart.core.error.UpstreamUnavailable;
import io.omnicart.core.error.UpstreamUnreachable;
import io.omnicart.core.model.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Retry, backoff, Retry-After and deadlines on virtual time: no test here waits for real. */
class UpstreamGuardRetryTest {

    private static final Map<String, String> NO_JITTER = Map.of(
            "omnicart.upstream.medusa.retry.jitter", "0",
            "omnicart.upstream.medusa.retry.retry-after-jitter", "0");

    private final AtomicInteger attempts = new AtomicInteger();

    /** An upstream call failing with the given errors in turn, then answering "ok". */
    private Mono<String> upstream(Deque<RuntimeException> failures) {
        return Mono.defer(() -> {
            attempts.incrementAndGet();
            RuntimeException next = failures.poll();
            return next == null ? Mono.just("ok") : Mono.error(next);
        });
    }

    private static Deque<RuntimeException> failing(RuntimeException... errors) {
        return new ArrayDeque<>(List.of(errors));
    }

    private static RateLimited rateLimited(Duration retryAfter) {
        return new RateLimited("Too many requests", retryAfter, Platform.MEDUSA, 429);
    }

    @Test
    void readWaitsExactlyTheRetryAfterSecondsThenSucceeds() {
        GuardFixture fixture = new GuardFixture(NO_JITTER);
        Deque<RuntimeException> failures =
                failing(rateLimited(RetryAfter.parse("2", Clock.systemUTC()).orElseThrow()));

        StepVerifier.withVirtualTime(
                        () -> fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, () -> upstream(failures)))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(1999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext("ok")
                .verifyComplete();
        assertThat(attempts).hasValue(2);
        assertThat(fixture.counter("omnicart.upstream.retries", "operation", "get_order", "reason", "rate_limited"))
                .isEqualTo(1.0);
    }

    @Test
    void readWaitsForAnHttpDateRetryAfter() {
        GuardFixture fixture = new GuardFixture(NO_JITTER);
        Clock clock = Clock.fixed(Instant.parse("2026-10-21T07:27:30Z"), ZoneOffset.UTC);
        Duration retryAfter =
                RetryAfter.parse("Wed, 21 Oct 2026 07:28:00 GMT", clock).orElseThrow();
        Deque<RuntimeException> failures = failing(rateLimited(retryAfter));

        StepVerifier.withVirtualTime(
                        () -> fixture.guard.call(MEDUSA_STORE, UpstreamOperation.LIST_ORDERS, () -> upstream(failures)))
                .expectSubscription()
                .expectNoEvent(Duration.ofSeconds(30).minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .expectNext("ok")
                .verifyComplete();
    }

    @Test
    void retryAfterBeyondTheMaximumWaitFailsFastWithThatRetryAfter() {
        GuardFixture fixture = new GuardFixture(NO_JITTER);
        Deque<RuntimeException> failures = failing(rateLimited(Duration.ofSeconds(31)));

        StepVerifier.withVirtualTime(
                        () -> fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, () -> upstream(failures)))
                .expectSubscription()
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOfSatisfying(
                                RateLimited.class,
                                limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(31))))
                .verifyThenAssertThat(Duration.ofSeconds(1));
        assertThat(attempts).hasValue(1);
        assertThat(fixture.counter("omnicart.ratelimit.rejections", "scope", "upstream"))
                .isEqualTo(1.0);
        assertThat(fixture.timerCount("outcome", "rate_limited", "status", "4xx"))
                .isEqualTo(1);
    }

    @Test
    void transientFailuresBackOffExponentially() {
        GuardFixture fixture = new GuardFixture(NO_JITTER);
        Deque<RuntimeException> failures = failing(
                new UpstreamUnavailable("503", null, Platform.MEDUSA, 503, null),
                new UpstreamUnreachable("reset", Platform.MEDUSA, true, null));

        StepVerifier.withVirtualTime(
                        () -> fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, () -> upstream(failures)))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(599)) // 200 ms, then 400 ms
                .thenAwait(Duration.ofMillis(1))
                .expectNext("ok")
                .verifyComplete();
        assertThat(attempts).hasValue(3);
    }

    @Test
    void backoffJitterStaysWithinItsBounds() {
        GuardFixture fixture = new GuardFixture(Map.of());
        Deque<RuntimeException> failures = failing(
                new UpstreamUnavailable("503", null, Platform.MEDUSA, 503, null),
                new UpstreamUnavailable("503", null, Platform.MEDUSA, 503, null));

        StepVerifier.withVirtualTime(
                        () -> fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, () -> upstream(failures)))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(299)) // jitter 0.5: 100..300 ms, then 200..600 ms
                .thenAwait(Duration.ofMillis(601))
                .expectNext("ok")
                .verifyComplete();
    }

    @Test
    void attemptsAreBoundedAndTheLastFailureIsPassedOn() {
        GuardFixture fixture = new GuardFixture(NO_JITTER);
        Deque<RuntimeException> failures = failing(
                new UpstreamUnavailable("503", null, Platform.MEDUSA, 503, null),
                new UpstreamUnavailable("503", null, Platform.MEDUSA, 503, null),
                new UpstreamUnavailable("last", Duration.ofSeconds(5), Platform.MEDUSA, 503, null),
                new UpstreamUnavailable("never reached", null, Platform.MEDUSA, 503, null));

        StepVerifier.withVirtualTime(
                        () -> fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, () -> upstream(failures)))
                .thenAwait(Duration.ofSeconds(1))
                .expectErrorMessage("last")
                .verify();
        assertThat(attempts).hasValue(3);
    }

    @Test
    void writesAreNotRepeatedAfterAFailureThatMayHaveReachedTheStore() {
        for (RuntimeException maybeProcessed : List.of(
                new UpstreamUnavailable("503", null, Platform.MEDUSA, 503, null),
                new UpstreamUnreachable("reset after sending", Platform.MEDUSA, true, null),
                new UpstreamTimeout("slow", Platform.MEDUSA, null))) {
            attempts.set(0);
            GuardFixture fixture = new GuardFixture(NO_JITTER);
            Deque<RuntimeException> failures = failing(maybeProcessed);
            StepVerifier.withVirtualTime(() -> fixture.guard.call(
                            MEDUSA_STORE, UpstreamOperation.COMPLETE_ORDER, () -> upstream(failures)))
                    .thenAwait(Duration.ofSeconds(5))
                    .expectError(maybeProcessed.getClass())
                    .verify();
            assertThat(attempts).as(maybeProcessed.getMessage()).hasValue(1);
        }
    }

    @Test
    void writesAreRepeatedWhenTheFailureProvesNothingWasProcessed() {
        for (RuntimeException notProcessed : List.of(
                new UpstreamUnreachable("connection refused", Platform.MEDUSA, false, null),
                rateLimited(Duration.ofSeconds(1)),
                new InvalidState("order is locked", Platform.MEDUSA, 409, true))) {
            attempts.set(0);
            GuardFixture fixture = new GuardFixture(NO_JITTER);
            Deque<RuntimeException> failures = failing(notProcessed);
            StepVerifier.withVirtualTime(() ->
                            fixture.guard.call(MEDUSA_STORE, UpstreamOperation.CANCEL_ORDER, () -> upstream(failures)))
                    .thenAwait(Duration.ofSeconds(5))
                    .expectNext("ok")
                    .verifyComplete();
            assertThat(attempts).as(notProcessed.getMessage()).hasValue(2);
        }
    }

    @Test
    void answersThatAreNotTransientAreNeverRetried() {
        GuardFixture fixture = new GuardFixture(NO_JITTER);
        Deque<RuntimeException> failures = failing(new NotFound("order", "o1", Platform.MEDUSA, 404));
        StepVerifier.withVirtualTime(
                        () -> fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, () -> upstream(failures)))
                .expectError(NotFound.class)
                .verify(Duration.ofSeconds(1));
        assertThat(attempts).hasValue(1);
        assertThat(fixture.timerCount("operation", "get_order", "outcome", "not_found", "status", "4xx"))
                .isEqualTo(1);
    }

    @Test
    void slowAttemptsTimeOutAndTheTotalDeadlineEndsTheCall() {
        GuardFixture fixture = new GuardFixture(Map.of(
                "omnicart.upstream.medusa.retry.jitter", "0",
                "omnicart.upstream.medusa.timeout.attempt", "4s",
                "omnicart.upstream.medusa.timeout.deadline", "6s"));

        StepVerifier.withVirtualTime(() -> fixture.guard.call(MEDUSA_STORE, UpstreamOperation.GET_ORDER, () -> {
                    attempts.incrementAndGet();
                    return Mono.never();
                }))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(5999))
                .thenAwait(Duration.ofMillis(1))
                .expectErrorSatisfies(error ->
                        assertThat(error).isInstanceOf(UpstreamTimeout.class).hasMessageContaining("deadline"))
                .verify();
        assertThat(attempts).hasValue(2); // at 0 s and after the 4 s attempt timeout + 200 ms backoff
    }
}
