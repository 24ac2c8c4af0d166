package io.omnicart.gateway.guard;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.UpstreamTimeout;
import io.omnicart.core.error.UpstreamUnavailable;
import io.omnicart.core.spi.StoreConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Runs one adapter call under the upstream guard. From the outside in: metrics and account status, circuit breaker of
 * the account, total deadline, retry (Resilience4j), bulkhead of the account, per-attempt timeout; the rate shaper works
 * on each upstream request inside the attempt ({@link RateShaper#filter()}). The breaker wraps the retry, so it counts
 * one logical call once, by its final outcome ({@link CircuitCall}).
 */
public class UpstreamGuard {

    private final AccountGuards guards;
    private final RetryPolicies retries;
    private final UpstreamProperties properties;
    private final GuardMetrics metrics;
    private final AccountStatusReporter status;
    private final Clock clock;

    public UpstreamGuard(
            AccountGuards guards,
            RetryPolicies retries,
            UpstreamProperties properties,
            GuardMetrics metrics,
            AccountStatusReporter status,
            Clock clock) {
        this.guards = guards;
        this.retries = retries;
        this.properties = properties;
        this.metrics = metrics;
        this.status = status;
        this.clock = clock;
    }

    public <T> Mono<T> call(StoreConnection store, UpstreamOperation operation, Supplier<Mono<T>> call) {
        UpstreamAccount account = new UpstreamAccount(store.platform(), store.accountId());
        UpstreamProperties.Policy policy = properties.policy(store.platform());
        return Mono.defer(() -> {
            AccountGuard guard = guards.of(account);
            Mono<T> guarded = attempt(account, policy, call)
                    .transform(attempt -> withBulkhead(guard, policy.bulkhead(), attempt))
                    .transformDeferred(RetryOperator.of(retries.of(store.platform(), operation)))
                    .timeout(policy.timeout().deadline(), Mono.error(() -> timeout(account, "deadline")))
                    .transform(logical -> CircuitCall.run(guard, logical))
                    .onErrorMap(CallNotPermittedException.class, open -> circuitOpen(guard));
            return observed(store, operation, guarded);
        });
    }

    private static <T> Mono<T> attempt(
            UpstreamAccount account, UpstreamProperties.Policy policy, Supplier<Mono<T>> call) {
        return Mono.defer(call)
                .contextWrite(context -> context.put(UpstreamAccount.class, account))
                .timeout(policy.timeout().attempt(), Mono.error(() -> timeout(account, "attempt")));
    }

    /** The attempt under a permit of the account's bulkhead: queued FIFO up to {@code maxWait}, else 429. */
    private <T> Mono<T> withBulkhead(AccountGuard guard, UpstreamProperties.Bulkhead policy, Mono<T> attempt) {
        return guard.bulkhead().run(attempt, policy.maxWait(), () -> bulkheadFull(guard));
    }

    private <T> Mono<T> observed(StoreConnection store, UpstreamOperation operation, Mono<T> guarded) {
        long start = System.nanoTime();
        return guarded.doOnSuccess(value -> metrics.call(store.platform(), operation, "success", "2xx", since(start)))
                .doOnError(error -> failed(store, operation, error, start))
                .onErrorResume(
                        CredentialsRejected.class,
                        rejected -> status.failure(store).then(Mono.error(rejected)))
                .flatMap(value -> status.success(store).thenReturn(value))
                .switchIfEmpty(Mono.defer(() -> status.success(store).then(Mono.empty())));
    }

    private void failed(StoreConnection store, UpstreamOperation operation, Throwable error, long start) {
        metrics.call(
                store.platform(), operation, GuardErrors.outcome(error), GuardErrors.statusClass(error), since(start));
        if (error instanceof RateLimited) {
            metrics.rateLimitRejection("upstream");
        }
    }

    private UpstreamUnavailable circuitOpen(AccountGuard guard) {
        Duration retryAfter = guard.remainingOpen(clock.instant());
        return new UpstreamUnavailable(
                "The store has been failing; calls to it are paused for a moment",
                retryAfter,
                guard.account().platform(),
                null,
                null);
    }

    private RateLimited bulkheadFull(AccountGuard guard) {
        metrics.bulkheadRejection(guard.account().platform());
        return new RateLimited(
                "Too many concurrent requests to the store; try again shortly",
                Duration.ofSeconds(1),
                guard.account().platform(),
                null);
    }

    private static UpstreamTimeout timeout(UpstreamAccount account, String which) {
        String message = "deadline".equals(which)
                ? "The store did not answer within the request deadline"
                : "The store did not answer in time";
        return new UpstreamTimeout(message, account.platform(), null);
    }

    private static long since(long start) {
        return System.nanoTime() - start;
    }
}
