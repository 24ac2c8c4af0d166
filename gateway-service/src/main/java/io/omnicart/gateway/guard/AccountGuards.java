package io.omnicart.gateway.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.omnicart.core.model.Platform;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One circuit breaker and one bulkhead per upstream account, created on first use and dropped when idle (bounded, so
 * accounts never accumulate). They are not registered by name: metrics are aggregated per platform in {@link
 * GuardMetrics}, because account ids must never become tags.
 */
public class AccountGuards {

    private final Cache<UpstreamAccount, AccountGuard> guards;
    private final UpstreamProperties properties;
    private final GuardMetrics metrics;
    private final Clock clock;

    public AccountGuards(UpstreamProperties properties, GuardMetrics metrics, Clock clock) {
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        this.guards = Caffeine.newBuilder()
                .expireAfterAccess(properties.accounts().idleEviction())
                .maximumSize(properties.accounts().maxAccounts())
                .build();
        metrics.bindOpenCircuits(this::openCircuits);
    }

    public AccountGuard of(UpstreamAccount account) {
        return guards.get(account, this::create);
    }

    long openCircuits(Platform platform) {
        return guards.asMap().values().stream()
                .filter(guard -> guard.account().platform() == platform)
                .filter(guard -> guard.circuitBreaker().getState() == CircuitBreaker.State.OPEN)
                .count();
    }

    private AccountGuard create(UpstreamAccount account) {
        UpstreamProperties.Policy policy = properties.policy(account.platform());
        CircuitBreaker breaker = CircuitBreaker.of("upstream", breakerConfig(policy.circuitBreaker()));
        PermitQueue bulkhead = new PermitQueue(
                policy.bulkhead().maxConcurrent(), policy.bulkhead().maxQueued());
        AtomicReference<Instant> openedAt = new AtomicReference<>(Instant.EPOCH);
        breaker.getEventPublisher().onStateTransition(event -> {
            CircuitBreaker.State to = event.getStateTransition().getToState();
            if (to == CircuitBreaker.State.OPEN) {
                openedAt.set(clock.instant());
            }
            metrics.circuitTransition(account.platform(), to);
        });
        return new AccountGuard(
                account, breaker, bulkhead, policy.circuitBreaker().waitInOpen(), openedAt, new AtomicInteger());
    }

    private static CircuitBreakerConfig breakerConfig(UpstreamProperties.Breaker breaker) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(breaker.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .waitDurationInOpenState(breaker.waitInOpen())
                .permittedNumberOfCallsInHalfOpenState(breaker.halfOpenCalls())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(GuardErrors::countsAgainstCircuit)
                .build();
    }
}
