package io.omnicart.gateway.passthrough;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * {@code omnicart_passthrough_requests_seconds{platform,route,method,outcome,status}}: one observation per raw request.
 * {@code route} is the gateway route id (never the raw path), {@code outcome} is {@code proxied} when the store's answer
 * was passed on and the problem code otherwise, {@code status} the class of the caller's status. No account tags.
 */
final class PassthroughMetrics {

    static final String NAME = "omnicart.passthrough.requests";

    private final MeterRegistry registry;

    PassthroughMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String platform, String route, String method, String outcome, int status, long nanos) {
        Timer.builder(NAME)
                .description("Raw passthrough requests, by how they ended")
                .tag("platform", platform)
                .tag("route", route)
                .tag("method", method)
                .tag("outcome", outcome)
                .tag("status", (status / 100) + "xx")
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
