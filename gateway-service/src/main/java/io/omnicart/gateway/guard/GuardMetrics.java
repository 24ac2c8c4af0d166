package io.omnicart.gateway.guard;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.omnicart.core.model.Platform;
import io.omnicart.gateway.observability.MeterCache;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * The guard's meters, all with low-cardinality tags (platform, operation, outcome, status class, reason, scope). Per
 * account breakers and bulkheads are aggregated here per platform; account ids are never tags.
 */
public class GuardMetrics {

    /** More than any real mix of tag values (platforms × operations × outcomes × status classes). */
    private static final int MAX_METERS = 4096;

    private final MeterRegistry registry;
    private final MeterCache<CallTags, Timer> calls;
    private final MeterCache<RetryTags, Counter> retries;
    private final MeterCache<String, Counter> rateLimitRejections;
    private final MeterCache<Platform, Counter> bulkheadRejections;
    private final MeterCache<TransitionTags, Counter> circuitTransitions;

    public GuardMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.calls = new MeterCache<>(
                MAX_METERS,
                tags -> Timer.builder("omnicart.upstream.requests")
                        .description("Guarded adapter calls, retries included")
                        .tag("platform", tags.platform().wire())
                        .tag("operation", tags.operation().metricName())
                        .tag("outcome", tags.outcome())
                        .tag("status", tags.status())
                        .register(registry));
        this.retries = new MeterCache<>(
                MAX_METERS,
                tags -> Counter.builder("omnicart.upstream.retries")
                        .description("Repeated upstream attempts")
                        .tag("platform", tags.platform().wire())
                        .tag("operation", tags.operation().metricName())
                        .tag("reason", tags.reason())
                        .register(registry));
        this.rateLimitRejections = new MeterCache<>(
                MAX_METERS,
                scope -> Counter.builder("omnicart.ratelimit.rejections")
                        .description("Requests refused with 429 rate_limited")
                        .tag("scope", scope)
                        .register(registry));
        this.bulkheadRejections = new MeterCache<>(
                MAX_METERS,
                platform -> Counter.builder("omnicart.upstream.bulkhead.rejections")
                        .description("Calls that found no free slot in their account's bulkhead in time")
                        .tag("platform", platform.wire())
                        .register(registry));
        this.circuitTransitions = new MeterCache<>(
                MAX_METERS,
                tags -> Counter.builder("omnicart.upstream.circuit.transitions")
                        .description("Circuit breaker state changes, all accounts of the platform")
                        .tag("platform", tags.platform().wire())
                        .tag("state", tags.state().name().toLowerCase(Locale.ROOT))
                        .register(registry));
    }

    /** {@code omnicart_upstream_requests_seconds{platform,operation,outcome,status}}: one per guarded call. */
    public void call(Platform platform, UpstreamOperation operation, String outcome, String status, long nanos) {
        calls.get(new CallTags(platform, operation, outcome, status)).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** {@code omnicart_upstream_retries_total{platform,operation,reason}}. */
    public void retry(Platform platform, UpstreamOperation operation, String reason) {
        retries.get(new RetryTags(platform, operation, reason)).increment();
    }

    /** {@code omnicart_ratelimit_rejections_total{scope=caller|upstream}}. */
    public void rateLimitRejection(String scope) {
        rateLimitRejections.get(scope).increment();
    }

    public void bulkheadRejection(Platform platform) {
        bulkheadRejections.get(platform).increment();
    }

    public void circuitTransition(Platform platform, CircuitBreaker.State to) {
        circuitTransitions.get(new TransitionTags(platform, to)).increment();
    }

    void bindOpenCircuits(ToLongFunction<Platform> openCircuits) {
        for (Platform platform : Platform.values()) {
            Gauge.builder("omnicart.upstream.circuit.open", () -> openCircuits.applyAsLong(platform))
                    .description("Accounts of the platform whose circuit is open")
                    .tag("platform", platform.wire())
                    .register(registry);
        }
    }

    private record CallTags(Platform platform, UpstreamOperation operation, String outcome, String status) {}

    private record RetryTags(Platform platform, UpstreamOperation operation, String reason) {}

    private record TransitionTags(Platform platform, CircuitBreaker.State state) {}
}
