package io.omnicart.gateway.guard.sim;

import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.RetryAfter;
import io.omnicart.core.error.UpstreamContractViolation;
import io.omnicart.core.error.UpstreamUnavailable;
import io.omnicart.core.error.UpstreamUnreachable;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventoryResultStatus;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.port.TokenSession;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A TEST adapter (platform MEDUSA) in the shape real adapters take: a {@code WebClient} from Spring's builder, logins
 * through the {@link TokenCache} via {@link TokenSession}, and one error translator. Reads inventory, writes inventory.
 */
public final class SimulatedStoreAdapter extends UnsupportedAdapter {

    private final WebClient web;
    private final TokenSession session;

    public SimulatedStoreAdapter(WebClient.Builder builder, TokenCache cache) {
        this.web = builder.build();
        this.session = new TokenSession(cache, "medusa:admin-jwt", Duration.ofMinutes(55));
    }

    @Override
    public Platform platform() {
        return Platform.MEDUSA;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.INVENTORY_READ, Capability.INVENTORY_WRITE);
    }

    @Override
    public Flux<InventoryLevel> getInventory(StoreConnection store, List<String> skus) {
        return session.flux(
                store.accountId(),
                login(store),
                token -> web.get()
                        .uri(store.baseUrl() + "/inventory")
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                "Bearer " + token.value().reveal())
                        .exchangeToFlux(response -> ok(response)
                                .thenMany(response.bodyToFlux(LevelWire.class))
                                .map(level -> new InventoryLevel(level.sku(), level.quantity(), null, null, null)))
                        .onErrorMap(WebClientRequestException.class, SimulatedStoreAdapter::unreachable));
    }

    @Override
    public Mono<List<InventoryResult>> syncInventory(StoreConnection store, InventorySyncCommand command) {
        return session.mono(
                store.accountId(),
                login(store),
                token -> web.post()
                        .uri(store.baseUrl() + "/inventory")
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                "Bearer " + token.value().reveal())
                        .bodyValue(Map.of("items", command.items().size()))
                        .exchangeToMono(response -> ok(response)
                                .then(response.bodyToFlux(ResultWire.class)
                                        .map(r -> new InventoryResult(
                                                r.sku(), InventoryResultStatus.UPDATED, r.quantity(), null))
                                        .collectList()))
                        .onErrorMap(WebClientRequestException.class, SimulatedStoreAdapter::unreachable));
    }

    private Mono<CachedToken> login(StoreConnection store) {
        return web.post()
                .uri(store.baseUrl() + "/auth/token")
                .exchangeToMono(response -> ok(response).then(response.bodyToMono(TokenWire.class)))
                .map(reply ->
                        new CachedToken(Secret.of(reply.token()), Instant.now().plusSeconds(reply.expiresIn())))
                .onErrorMap(WebClientRequestException.class, SimulatedStoreAdapter::unreachable);
    }

    /** The error translator: statuses to core errors. */
    private static Mono<Void> ok(ClientResponse response) {
        int status = response.statusCode().value();
        if (status < 300) {
            return Mono.empty();
        }
        Duration retryAfter = RetryAfter.parse(
                        response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER), Clock.systemUTC())
                .orElse(null);
        RuntimeException error = switch (status) {
            case 401 -> new CredentialsRejected("The store rejected the token", Platform.MEDUSA, status);
            case 429 ->
                new RateLimited(
                        "The store is rate limiting",
                        retryAfter == null ? Duration.ofSeconds(1) : retryAfter,
                        Platform.MEDUSA,
                        status);
            case 502, 503, 504 ->
                new UpstreamUnavailable("The store is unavailable", retryAfter, Platform.MEDUSA, status, null);
            default -> new UpstreamContractViolation("Unexpected status", Platform.MEDUSA, status, null);
        };
        return response.releaseBody().then(Mono.error(error));
    }

    private static Throwable unreachable(WebClientRequestException error) {
        boolean refused = error.getCause() instanceof ConnectException;
        return new UpstreamUnreachable("The store is unreachable", Platform.MEDUSA, !refused, error);
    }

    record TokenWire(String token, long expiresIn) {}

    record LevelWire(String sku, Integer quantity) {}

    record ResultWire(String sku, String status, Integer quantity) {}
}
