package io.omnicart.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.omnicart.gateway.security.Caller;
import io.omnicart.gateway.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The filter on its own, with a clock under the test's control and an upstream that counts its calls. */
class ResponseCacheFilterTest {

    private static final String OVERVIEW = "/v1/accounts/acc-1/overview";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final ResponseCacheProperties properties = defaults();
    private final ResponseCacheFilter filter = new ResponseCacheFilter(
            new InMemoryResponseStore(1000, Duration.ofMinutes(10), clock),
            properties,
            new CacheMetrics(new SimpleMeterRegistry()),
            clock);
    private final AtomicInteger upstream = new AtomicInteger();

    @Test
    void entriesExpireAfterTheirKindsTtl() {
        assertThat(get("/v1/accounts/acc-1/orders", upstream())).isEqualTo("miss");
        clock.advance(Duration.ofSeconds(29));
        assertThat(get("/v1/accounts/acc-1/orders", upstream())).isEqualTo("hit");
        clock.advance(Duration.ofSeconds(2));
        assertThat(get("/v1/accounts/acc-1/orders", upstream())).isEqualTo("miss");
        assertThat(upstream).hasValue(2);
    }

    @Test
    void anAgingOverviewIsServedStaleWhileOneRequestRevalidatesIt() {
        get(OVERVIEW, upstream());
        clock.advance(Duration.ofSeconds(250));
        Sinks.Empty<Void> gate = Sinks.empty();

        CompletableFuture<ServerWebExchange> refresh =
                exchange(OVERVIEW, gated(gate)).toFuture();
        ServerWebExchange stale = exchange(OVERVIEW, upstream()).block();
        gate.tryEmitEmpty();
        String refreshed = xCache(refresh.join());
        ServerWebExchange after = exchange(OVERVIEW, upstream()).block();

        assertThat(refreshed).isEqualTo("miss");
        assertThat(xCache(stale)).isEqualTo("hit");
        assertThat(stale.getResponse().getHeaders().getFirst(HttpHeaders.AGE)).isEqualTo("250");
        assertThat(xCache(after)).isEqualTo("hit");
        assertThat(after.getResponse().getHeaders().getFirst(HttpHeaders.AGE)).isEqualTo("0");
        assertThat(upstream).hasValue(2);
    }

    @Test
    void anOverviewPastItsTtlIsNeverServed() {
        get(OVERVIEW, upstream());
        clock.advance(Duration.ofMinutes(5));
        assertThat(get(OVERVIEW, upstream())).isEqualTo("miss");
        assertThat(upstream).hasValue(2);
    }

    private String get(String path, WebFilterChain chain) {
        return xCache(exchange(path, chain).block());
    }

    private Mono<ServerWebExchange> exchange(String path, WebFilterChain chain) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        Caller caller = new Caller("user", "ws-1", Set.of(Caller.COMMERCE_BUNDLE));
        return filter.filter(exchange, chain)
                .contextWrite(
                        ReactiveSecurityContextHolder.withAuthentication(new TestingAuthenticationToken(caller, null)))
                .thenReturn(exchange);
    }

    private WebFilterChain upstream() {
        return exchange -> {
            upstream.incrementAndGet();
            exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_JSON);
            byte[] body = ("{\"call\":" + upstream.get() + "}").getBytes(StandardCharsets.UTF_8);
            return exchange.getResponse()
                    .writeWith(Mono.fromSupplier(
                            () -> exchange.getResponse().bufferFactory().wrap(body)));
        };
    }

    private WebFilterChain gated(Sinks.Empty<Void> gate) {
        WebFilterChain upstream = upstream();
        return exchange -> gate.asMono().then(upstream.filter(exchange));
    }

    private static String xCache(ServerWebExchange exchange) {
        return exchange.getResponse().getHeaders().getFirst("X-Cache");
    }

    private static ResponseCacheProperties defaults() {
        return new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("omnicart.response-cache", Bindable.of(ResponseCacheProperties.class));
    }
}
