package io.omnicart.gateway.passthrough;

import io.omnicart.core.error.CommerceException;
import io.omnicart.gateway.api.problem.ApiProblem;
import io.omnicart.gateway.api.problem.CommerceProblems;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The raw route's outermost filter: observes every raw request once, whether the store's answer was passed on, the
 * gateway refused it, or a failure leaves for the problem handler (its status and code are derived the same way).
 */
final class PassthroughMetricsFilter implements GatewayFilter, Ordered {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10_000;
    private static final String NO_PLATFORM = "none";

    private final PassthroughMetrics metrics;

    PassthroughMetricsFilter(PassthroughMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long start = System.nanoTime();
        return chain.filter(exchange)
                .doOnSuccess(done -> answered(exchange, start))
                .doOnError(error -> failed(exchange, error, start));
    }

    private void answered(ServerWebExchange exchange, long start) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        String outcome = exchange.getAttributeOrDefault(RawAttributes.OUTCOME, RawAttributes.PROXIED);
        record(exchange, outcome, status == null ? 200 : status.value(), start);
    }

    private void failed(ServerWebExchange exchange, Throwable error, long start) {
        switch (error) {
            case CommerceException e -> {
                ApiProblem problem = CommerceProblems.from(e);
                if (e.platform() != null) {
                    exchange.getAttributes()
                            .putIfAbsent(RawAttributes.PLATFORM, e.platform().wire());
                }
                record(exchange, problem.code(), problem.status().value(), start);
            }
            case DataBufferLimitException e -> record(exchange, "payload_too_large", 413, start);
            case ResponseStatusException e ->
                record(exchange, "error", e.getStatusCode().value(), start);
            default -> record(exchange, "internal_error", 500, start);
        }
    }

    private void record(ServerWebExchange exchange, String outcome, int status, long start) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        metrics.record(
                exchange.getAttributeOrDefault(RawAttributes.PLATFORM, NO_PLATFORM),
                route == null ? PassthroughConfiguration.ROUTE_ID : route.getId(),
                RawMethods.tag(exchange.getRequest().getMethod()),
                outcome,
                status,
                System.nanoTime() - start);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
