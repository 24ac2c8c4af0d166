package io.omnicart.gateway.cache;

import io.omnicart.gateway.security.Caller;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Serves store GETs ({@code /v1/accounts/{accountId}/…}) from the response cache, keyed by the caller's workspace,
 * the account's generation, the path and the normalized query; only 200 JSON bodies are stored. {@code Cache-Control:
 * no-cache} bypasses and refreshes; responses say {@code X-Cache: hit|miss} and, from the cache, {@code Age}. A
 * successful write on the account moves it to a new generation before its response is committed.
 */
public class ResponseCacheFilter implements WebFilter, Ordered {

    /** After security (-100) and the caller rate limit (0). */
    public static final int ORDER = 10;

    private static final Logger log = LoggerFactory.getLogger(ResponseCacheFilter.class);

    private final ResponseStore store;
    private final ResponseCacheProperties properties;
    private final CacheMetrics metrics;
    private final Clock clock;
    private final ResponseFlights flights = new ResponseFlights();

    public ResponseCacheFilter(
            ResponseStore store, ResponseCacheProperties properties, CacheMetrics metrics, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<CacheRequest> request =
                properties.enabled() ? CacheRequest.of(exchange.getRequest()) : Optional.empty();
        if (request.isEmpty()) {
            return chain.filter(exchange);
        }
        return caller().flatMap(caller ->
                caller.map(c -> handle(c, request.get(), exchange, chain)).orElseGet(() -> chain.filter(exchange)));
    }

    private Mono<Void> handle(Caller caller, CacheRequest request, ServerWebExchange exchange, WebFilterChain chain) {
        AccountScope scope = new AccountScope(caller.workspaceId(), request.accountId());
        if (request.write()) {
            evictOnSuccess(scope, exchange.getResponse());
            return chain.filter(exchange);
        }
        if (request.kind().isEmpty()) {
            return chain.filter(exchange);
        }
        ResourceKind kind = request.kind().get();
        return store.generation(scope)
                .map(generation -> new CacheKey(scope, generation, kind, request.pathAndQuery()))
                .flatMap(key -> read(key, exchange, chain));
    }

    private Mono<Void> read(CacheKey key, ServerWebExchange exchange, WebFilterChain chain) {
        if (noCache(exchange)) {
            return load(key, false, exchange, chain);
        }
        return store.get(key)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(entry -> entry.isPresent()
                        ? fromEntry(key, entry.get(), exchange, chain)
                        : load(key, true, exchange, chain));
    }

    /** A fresh entry is a hit; an aging overview is refreshed by one request while the others get the entry. */
    private Mono<Void> fromEntry(CacheKey key, CachedResponse entry, ServerWebExchange exchange, WebFilterChain chain) {
        boolean aging = key.kind().revalidatesEarly() && entry.isAging(clock.instant(), properties.revalidateAfter());
        if (!aging || flights.isRunning(key)) {
            metrics.lookup(key.kind(), aging ? "stale" : "hit");
            return serve(entry, exchange);
        }
        return load(key, false, exchange, chain);
    }

    private Mono<Void> load(CacheKey key, boolean recheck, ServerWebExchange exchange, WebFilterChain chain) {
        return flights.joinOrLead(
                key,
                flight -> lead(key, flight, recheck, exchange, chain),
                shared -> shared.map(entry -> {
                            metrics.lookup(key.kind(), "shared");
                            return serve(entry, exchange);
                        })
                        .orElseGet(() -> chain.filter(exchange)));
    }

    /** Checks again (an entry may have landed since the lookup), then calls upstream and stores a 200 body. */
    private Mono<Void> lead(
            CacheKey key,
            Sinks.One<CachedResponse> flight,
            boolean recheck,
            ServerWebExchange exchange,
            WebFilterChain chain) {
        return (recheck ? store.get(key) : Mono.<CachedResponse>empty())
                .map(entry -> {
                    flight.tryEmitValue(entry);
                    return serve(entry, exchange);
                })
                .defaultIfEmpty(Mono.defer(() -> fetch(key, flight, recheck ? "miss" : "refresh", exchange, chain)))
                .flatMap(response -> response);
    }

    private Mono<Void> fetch(
            CacheKey key,
            Sinks.One<CachedResponse> flight,
            String outcome,
            ServerWebExchange exchange,
            WebFilterChain chain) {
        metrics.lookup(key.kind(), outcome);
        CapturingResponse response = new CapturingResponse(
                exchange.getResponse(), properties.maxBodyBytes(), (body, type) -> keep(key, flight, body, type));
        return chain.filter(exchange.mutate().response(response).build());
    }

    /** Stores a fetched 200 body, then hands it to the requests waiting for this flight. */
    private Mono<Void> keep(CacheKey key, Sinks.One<CachedResponse> flight, byte[] body, MediaType type) {
        CachedResponse entry = new CachedResponse(
                body, String.valueOf(type), clock.instant(), properties.ttl().of(key.kind()));
        return store.put(key, entry)
                .onErrorResume(error -> logged("store", error))
                .then(Mono.fromRunnable(() -> flight.tryEmitValue(entry)));
    }

    private Mono<Void> serve(CachedResponse entry, ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.OK);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.parseMediaType(entry.contentType()));
        headers.setContentLength(entry.body().length);
        headers.set(CapturingResponse.X_CACHE, "hit");
        headers.set(HttpHeaders.AGE, Long.toString(entry.ageSeconds(clock.instant())));
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(entry.body())));
    }

    private void evictOnSuccess(AccountScope scope, ServerHttpResponse response) {
        response.beforeCommit(() ->
                response.getStatusCode() != null && response.getStatusCode().is2xxSuccessful()
                        ? store.evictAccount(scope)
                                .doOnSuccess(done -> metrics.eviction())
                                .onErrorResume(error -> logged("evict", error))
                        : Mono.empty());
    }

    private static boolean noCache(ServerWebExchange exchange) {
        return exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.CACHE_CONTROL).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT)
                        .contains(CacheControl.noCache().getHeaderValue()));
    }

    private static Mono<Void> logged(String action, Throwable error) {
        log.warn(
                "response cache could not {} an entry ({})",
                action,
                error.getClass().getSimpleName());
        return Mono.empty();
    }

    private static Mono<Optional<Caller>> caller() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(authentication -> authentication.getPrincipal() instanceof Caller)
                .map(authentication -> Optional.of((Caller) authentication.getPrincipal()))
                .defaultIfEmpty(Optional.empty());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
