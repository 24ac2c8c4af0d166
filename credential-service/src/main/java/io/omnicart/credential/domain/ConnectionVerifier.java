package io.omnicart.credential.domain;

import io.omnicart.core.error.CommerceException;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.error.UpstreamContractViolation;
import io.omnicart.core.error.UpstreamTimeout;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Asks the platform's adapter to authenticate and read the store name. It verifies under a throw-away probe account id,
 * so no token cached for the real account is reused (a revoked credential cannot pass on an old token) and every token
 * the probe obtained is evicted afterwards. Every failure becomes {@code ConnectionFailed} with a stable reason and a
 * fixed message: nothing from the upstream or the credentials reaches the caller or the log. A store that answers 429
 * is asked again after its {@code Retry-After} within the verify timeout, and otherwise reported as rate limited.
 */
public final class ConnectionVerifier {

    private static final Logger log = LoggerFactory.getLogger(ConnectionVerifier.class);

    private final ObjectProvider<CommerceAdapter> adapters;
    private final TokenEviction tokens;
    private final Duration timeout;

    public ConnectionVerifier(ObjectProvider<CommerceAdapter> adapters, TokenEviction tokens, Duration timeout) {
        this.adapters = adapters;
        this.tokens = tokens;
        this.timeout = timeout;
    }

    public Mono<StoreInfo> verify(String workspaceId, Platform platform, URI baseUrl, Credentials credentials) {
        String probeId = "probe_" + UUID.randomUUID();
        StoreConnection probe = new StoreConnection(probeId, workspaceId, platform, baseUrl, credentials);
        return Mono.usingWhen(
                Mono.just(probe),
                this::check,
                p -> tokens.evict(p.accountId()),
                (p, error) -> tokens.evict(p.accountId()),
                p -> tokens.evict(p.accountId()));
    }

    private Mono<StoreInfo> check(StoreConnection probe) {
        Platform platform = probe.platform();
        CommerceAdapter adapter = adapters.orderedStream()
                .filter(a -> a.platform() == platform)
                .findFirst()
                .orElse(null);
        if (adapter == null) {
            return Mono.error(new ConnectionFailed(
                    "platform_unavailable",
                    "This gateway has no " + platform.wire() + " adapter installed",
                    platform,
                    null));
        }
        return Mono.defer(() -> {
                    long deadline = System.nanoTime() + timeout.toNanos();
                    return Mono.defer(() -> adapter.verify(probe))
                            .retryWhen(Retry.from(failures ->
                                    failures.concatMap(failure -> waitOrGiveUp(failure.failure(), deadline))));
                })
                .timeout(timeout)
                .onErrorMap(error -> translate(error, platform))
                .doOnError(error -> log.info("verification of a {} store failed: {}", platform.wire(), reason(error)));
    }

    /**
     * A store that answers 429 is asked again after its {@code Retry-After}, as long as that ends within the verify
     * timeout; otherwise the {@code RateLimited} is the answer (429 {@code rate_limited} with the store's {@code
     * Retry-After}) — a rate-limited store is not unreachable.
     */
    private static Mono<Long> waitOrGiveUp(Throwable failure, long deadline) {
        if (failure instanceof RateLimited limited
                && System.nanoTime() + limited.retryAfter().toNanos() < deadline) {
            return Mono.delay(limited.retryAfter());
        }
        return Mono.error(failure);
    }

    private static String reason(Throwable error) {
        return error instanceof ConnectionFailed failed ? failed.reason() : "rate_limited";
    }

    /** A {@code ConnectionFailed} with a stable reason; a store still rate-limiting stays {@code RateLimited}. */
    static CommerceException translate(Throwable error, Platform platform) {
        return switch (error) {
            case ConnectionFailed failed -> failed;
            case RateLimited limited -> limited;
            case CredentialsRejected e -> failed("auth_rejected", "The store rejected the credentials", platform);
            case UpstreamContractViolation e -> notPlatform(platform);
            case NotFound e -> notPlatform(platform);
            case UnsupportedCapability e -> notPlatform(platform);
            case UpstreamTimeout e -> failed("unreachable", "The store did not answer in time", platform);
            case TimeoutException e -> failed("unreachable", "The store did not answer in time", platform);
            default -> failed("unreachable", "The store could not be reached at this address", platform);
        };
    }

    private static ConnectionFailed notPlatform(Platform platform) {
        return failed(
                "not_" + platform.wire(), "The address does not answer like a " + platform.wire() + " store", platform);
    }

    private static ConnectionFailed failed(String reason, String message, Platform platform) {
        return new ConnectionFailed(reason, message, platform, null);
    }
}
