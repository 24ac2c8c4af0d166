package io.omnicart.gateway.guard;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Mono;

/**
 * One logical upstream call — all its retries and waits — as one call of the account's circuit breaker: only its final
 * outcome is recorded, so a short outage survived by retries counts once, not once per attempt. Two more rules keep a
 * recovered store from being cut off by the failures of its outage: a success never opens the circuit (when recording
 * it would reach the failure threshold, the window is cleared instead), and as many successes in a row as a half-open
 * circuit needs to close clear the failures still in the window.
 */
final class CircuitCall {

    private CircuitCall() {}

    static <T> Mono<T> run(AccountGuard guard, Mono<T> call) {
        CircuitBreaker breaker = guard.circuitBreaker();
        return Mono.defer(() -> {
            if (!breaker.tryAcquirePermission()) {
                return Mono.error(CallNotPermittedException.createCallNotPermittedException(breaker));
            }
            long start = breaker.getCurrentTimestamp();
            AtomicBoolean recorded = new AtomicBoolean();
            return call.doOnSuccess(value -> {
                        if (recorded.compareAndSet(false, true)) {
                            succeeded(guard, breaker.getCurrentTimestamp() - start);
                        }
                    })
                    .doOnError(error -> {
                        if (recorded.compareAndSet(false, true)) {
                            failed(guard, breaker.getCurrentTimestamp() - start, error);
                        }
                    })
                    .doOnCancel(() -> {
                        if (recorded.compareAndSet(false, true)) {
                            breaker.releasePermission();
                        }
                    });
        });
    }

    private static void succeeded(AccountGuard guard, long elapsed) {
        CircuitBreaker breaker = guard.circuitBreaker();
        int inARow = guard.successesInARow().incrementAndGet();
        boolean closed = breaker.getState() == CircuitBreaker.State.CLOSED;
        boolean recovered = inARow >= breaker.getCircuitBreakerConfig().getPermittedNumberOfCallsInHalfOpenState();
        if (closed && breaker.getMetrics().getNumberOfFailedCalls() > 0 && (recovered || successWouldOpen(breaker))) {
            breaker.reset();
        }
        breaker.onSuccess(elapsed, breaker.getTimestampUnit());
    }

    private static void failed(AccountGuard guard, long elapsed, Throwable error) {
        if (GuardErrors.countsAgainstCircuit(error)) {
            guard.successesInARow().set(0);
        }
        guard.circuitBreaker().onError(elapsed, guard.circuitBreaker().getTimestampUnit(), error);
    }

    /** Whether one more (successful) call in the window would reach the failure-rate threshold. */
    private static boolean successWouldOpen(CircuitBreaker breaker) {
        CircuitBreakerConfig config = breaker.getCircuitBreakerConfig();
        CircuitBreaker.Metrics metrics = breaker.getMetrics();
        int calls = Math.min(metrics.getNumberOfBufferedCalls() + 1, config.getSlidingWindowSize());
        int minimum = Math.min(config.getMinimumNumberOfCalls(), config.getSlidingWindowSize());
        return calls >= minimum && metrics.getNumberOfFailedCalls() * 100f / calls >= config.getFailureRateThreshold();
    }
}
