package io.omnicart.gateway.guard;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.omnicart.core.model.Platform;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The guard's meters, all with low-cardinality tags (platform, operation, outcome, status class, reason, scope). Per
 * account breakers and bulkheads are aggregated here per platform; account ids are never tags.
 */
public class GuardMetrics {

    private final MeterRegistry registry;

    public GuardMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code omnicart_upstream_requests_seconds{platform,operation,outcome,status}}: one per guarded call. */
    public void call(Platform platform, UpstreamOperation operation, String outcome, String status, long nanos) {
        Timer.builder("omnicart.upstream.requests")
                .description("Guarded adapter calls, retries included")
                .tag("platform", platform.wire())
                .tag("operation", operation.metricName())
                .tag("outcome", outcome)
                .tag("status", status)
                .register(registry)
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** {@code omnicart_upstream_retries_total{platform,operation,reason}}. */
    public void retry(Platform platform, UpstreamOperation operation, String reason) {
        Counter.builder("omnicart.upstream.retries")
                .description("Repeated upstream attempts")
                .tag("platform", platform.wire())
                .tag("operation", operation.metricName())
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    /** {@code omnicart_ratelimit_rejections_total{scope=caller|upstream}}. */
    public void rateLimitRejection(String scope) {
        Counter.builder("omnicart.ratelimit.rejections")
                .description("Requests refused with 429 rate_limited")
                .tag("scope", scope)
                .register(registry)
                .increment();
    }

    public void bulkheadRejection(Platform platform) {
        Counter.builder("omnicart.upstream.bulkhead.rejections")
                .description("Calls that found no free slot in their account's bulkhead in time")
                .tag("platform", platform.wire())
                .register(registry)
                .increment();
    }

    public void circuitTransition(Platform platform, CircuitBreaker.State to) {
        Counter.builder("omnicart.upstream.circuit.transitions")
                .description("Circuit breaker state changes, all accounts of the platform")
                .tag("platform", platform.wire())
                .tag("state", to.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }

    void bindOpenCircuits(ToLongFunction<Platform> openCircuits) {
        for (Platform platform : Platform.values()) {
            Gauge.builder("omnicart.upstream.circuit.open", () -> openCircuits.applyAsLong(platform))
                    .description("Accounts of the platform whose circuit is open")
                    .tag("platform", platform.wire())
                    .register(registry);
        }
    }
}
