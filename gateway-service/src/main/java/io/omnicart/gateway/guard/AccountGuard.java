package io.omnicart.gateway.guard;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The circuit breaker and bulkhead of one upstream account, when its circuit last opened, and how many calls in a row
 * succeeded (see {@link CircuitCall}).
 */
record AccountGuard(
        UpstreamAccount account,
        CircuitBreaker circuitBreaker,
        PermitQueue bulkhead,
        Duration waitInOpen,
        AtomicReference<Instant> openedAt,
        AtomicInteger successesInARow) {

    /** How long the open circuit still refuses calls (at least one second, for {@code Retry-After}). */
    Duration remainingOpen(Instant now) {
        Duration left = waitInOpen.minus(Duration.between(openedAt.get(), now));
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }
}
