package io.omnicart.gateway.guard;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.model.Platform;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * One Resilience4j {@link Retry} per platform and operation (named {@code <platform>.<operation>}, a bounded set, so
 * the Micrometer bindings stay low-cardinality). 429s wait their {@code Retry-After} when it is within {@code
 * max-retry-after}; other transient failures back off exponentially with jitter.
 */
public class RetryPolicies {

    private final RetryRegistry registry;
    private final UpstreamProperties properties;
    private final GuardMetrics metrics;
    private final ConcurrentMap<String, Retry> retries = new ConcurrentHashMap<>();

    public RetryPolicies(RetryRegistry registry, UpstreamProperties properties, GuardMetrics metrics) {
        this.registry = registry;
        this.properties = properties;
        this.metrics = metrics;
    }

    public Retry of(Platform platform, UpstreamOperation operation) {
        String name = platform.wire() + "." + operation.metricName();
        return retries.computeIfAbsent(name, key -> create(key, platform, operation));
    }

    private Retry create(String name, Platform platform, UpstreamOperation operation) {
        Retry retry = registry.retry(name, config(properties.policy(platform).retry(), operation));
        retry.getEventPublisher()
                .onRetry(event -> metrics.retry(platform, operation, GuardErrors.outcome(event.getLastThrowable())));
        return retry;
    }

    static RetryConfig config(UpstreamProperties.Retry policy, UpstreamOperation operation) {
        return RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnException(retryable(policy, operation))
                .intervalBiFunction(interval(policy))
                .failAfterMaxAttempts(false)
                .build();
    }

    static Predicate<Throwable> retryable(UpstreamProperties.Retry policy, UpstreamOperation operation) {
        Predicate<Throwable> kind =
                operation.idempotent() ? GuardErrors::retryableRead : GuardErrors::provesNotProcessed;
        return error -> kind.test(error)
                && !(error instanceof RateLimited limited
                        && limited.retryAfter().compareTo(policy.maxRetryAfter()) > 0);
    }

    static IntervalBiFunction<Object> interval(UpstreamProperties.Retry policy) {
        return (attempt, outcome) -> delayMillis(policy, attempt, outcome);
    }

    private static long delayMillis(UpstreamProperties.Retry policy, int attempt, Either<Throwable, Object> outcome) {
        if (outcome.isLeft() && outcome.getLeft() instanceof RateLimited limited) {
            return jittered(limited.retryAfter().toMillis(), 0, policy.retryAfterJitter());
        }
        double exponential = policy.initialBackoff().toMillis() * Math.pow(policy.multiplier(), attempt - 1);
        long base = (long) Math.min(policy.maxBackoff().toMillis(), exponential);
        return jittered(base, -policy.jitter(), policy.jitter());
    }

    /** {@code base} scaled by a random factor in [1 + low, 1 + high]. */
    private static long jittered(long base, double low, double high) {
        if (high <= low) {
            return Math.max(0, Math.round(base * (1 + low)));
        }
        double factor = 1 + ThreadLocalRandom.current().nextDouble(low, high);
        return Math.max(0, Math.round(base * factor));
    }
}
