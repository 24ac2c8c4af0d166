package io.omnicart.gateway.guard;

import io.omnicart.gateway.api.problem.ApiProblem;
import io.omnicart.gateway.api.problem.ProblemResponder;
import io.omnicart.gateway.security.Caller;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits each workspace's {@code /v1} calls with a token bucket (Redis, shared by the fleet; in-process without it).
 * Runs after security, so the workspace comes from the caller's token. Every {@code /v1} response carries {@code
 * X-RateLimit-Limit} (the burst), {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (seconds until the next
 * refill); a refused call is a 429 {@code rate_limited} problem with {@code Retry-After}.
 */
public class CallerRateLimitFilter implements WebFilter, Ordered {

    /** After Spring Security's filter chain (order -100). */
    public static final int ORDER = 0;

    private final TokenBuckets buckets;
    private final CallerRateLimitProperties properties;
    private final ProblemResponder problems;
    private final GuardMetrics metrics;

    public CallerRateLimitFilter(
            TokenBuckets buckets,
            CallerRateLimitProperties properties,
            ProblemResponder problems,
            GuardMetrics metrics) {
        this.buckets = buckets;
        this.properties = properties;
        this.problems = problems;
        this.metrics = metrics;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!properties.enabled() || !isApi(exchange)) {
            return chain.filter(exchange);
        }
        return caller().flatMap(
                        caller -> caller.isPresent() ? limited(caller.get(), exchange, chain) : chain.filter(exchange));
    }

    private Mono<Void> limited(Caller caller, ServerWebExchange exchange, WebFilterChain chain) {
        return buckets.tryTake("caller:" + caller.workspaceId(), properties.spec())
                .flatMap(decision -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    headers.set("X-RateLimit-Limit", Long.toString(properties.capacity()));
                    headers.set("X-RateLimit-Remaining", Long.toString(decision.remaining()));
                    headers.set("X-RateLimit-Reset", Long.toString(ceilSeconds(decision)));
                    return decision.allowed() ? chain.filter(exchange) : reject(exchange, decision);
                });
    }

    private Mono<Void> reject(ServerWebExchange exchange, BucketDecision decision) {
        metrics.rateLimitRejection("caller");
        ApiProblem problem = ApiProblem.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "rate_limited",
                        "Too many requests",
                        "This workspace is sending requests faster than its limit; slow down and retry later")
                .retryAfter(decision.nextRefill());
        return problems.write(exchange, problem);
    }

    private static Mono<Optional<Caller>> caller() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(authentication -> authentication.getPrincipal() instanceof Caller)
                .map(authentication -> Optional.of((Caller) authentication.getPrincipal()))
                .defaultIfEmpty(Optional.empty());
    }

    private static boolean isApi(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return path.equals("/v1") || path.startsWith("/v1/");
    }

    private static long ceilSeconds(BucketDecision decision) {
        return Math.max(1, (decision.nextRefill().toMillis() + 999) / 1000);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
