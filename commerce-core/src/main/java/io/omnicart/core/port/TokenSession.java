package io.omnicart.core.port;

import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.spi.StoreConnection;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Calls a store with a cached token, for adapters whose platform exchanges credentials for a token. The token comes
 * from the {@link TokenCache} (one shared login when there is none). When the store rejects it ({@link
 * CredentialsRejected}), the token is evicted, a fresh one is obtained (again one login shared by concurrent callers)
 * and the call is retried exactly once; a second rejection is passed on as it is, so the gateway reports {@code
 * upstream_error} with reason {@code auth_rejected} and marks the account failing.
 *
 * <p>Purposes are named {@code <platform>:<name>} (e.g. {@code medusa:admin-jwt}); the cache applies the platform's
 * configured TTL cap to them. A failing login is not retried here.
 */
public final class TokenSession {

    private final TokenCache cache;
    private final String purpose;
    private final Duration maxTtl;

    public TokenSession(TokenCache cache, String purpose, Duration maxTtl) {
        this.cache = cache;
        this.purpose = purpose;
        this.maxTtl = maxTtl;
    }

    /**
     * {@code call} with the token of the connection's account <em>and credentials version</em>; on rejection once more
     * with a fresh token. A token obtained with older credentials of the account is never used. Cold.
     */
    public <T> Mono<T> mono(StoreConnection store, Mono<CachedToken> login, Function<CachedToken, Mono<T>> call) {
        return mono(store.accountId(), purposeFor(purpose, store), login, call);
    }

    /** As {@link #mono(StoreConnection, Mono, Function)}, for a call answering many items. */
    public <T> Flux<T> flux(StoreConnection store, Mono<CachedToken> login, Function<CachedToken, Flux<T>> call) {
        return mono(store, login, token -> call.apply(token).collectList()).flatMapIterable(items -> items);
    }

    /** {@code call} with the account's token; on rejection once more with a fresh token. Cold. */
    public <T> Mono<T> mono(String accountId, Mono<CachedToken> login, Function<CachedToken, Mono<T>> call) {
        return mono(accountId, purpose, login, call);
    }

    /** As {@link #mono}, for a call answering many items; the retry re-runs the whole call. */
    public <T> Flux<T> flux(String accountId, Mono<CachedToken> login, Function<CachedToken, Flux<T>> call) {
        return mono(accountId, login, token -> call.apply(token).collectList()).flatMapIterable(items -> items);
    }

    /** Forget the account's token for this purpose (e.g. after a logout). */
    public Mono<Void> evict(String accountId) {
        return cache.evict(accountId, purpose);
    }

    /** Forget the token of the connection's account and credentials version. */
    public Mono<Void> evict(StoreConnection store) {
        return cache.evict(store.accountId(), purposeFor(purpose, store));
    }

    /** Forget the connection's cached token only if it is still the one {@code sent} recognises (a raw request's). */
    public Mono<Void> evictIfCurrent(StoreConnection store, Predicate<CachedToken> sent) {
        String versioned = purposeFor(purpose, store);
        return cache.get(store.accountId(), versioned)
                .filter(sent)
                .flatMap(current -> cache.evict(store.accountId(), versioned));
    }

    /**
     * The cache purpose of {@code purpose} for the connection's credentials version: {@code <platform>:<name>@v<n>},
     * so the platform's TTL cap still applies and every version is evicted with the account.
     */
    public static String purposeFor(String purpose, StoreConnection store) {
        return purpose + "@v" + store.credentialsVersion();
    }

    private <T> Mono<T> mono(
            String accountId, String purpose, Mono<CachedToken> login, Function<CachedToken, Mono<T>> call) {
        return token(accountId, purpose, login)
                .flatMap(token -> call.apply(token)
                        .onErrorResume(
                                CredentialsRejected.class, rejected -> retry(accountId, purpose, token, login, call)));
    }

    private Mono<CachedToken> token(String accountId, String purpose, Mono<CachedToken> login) {
        return cache.getOrLogin(accountId, purpose, login, maxTtl);
    }

    private <T> Mono<T> retry(
            String accountId,
            String purpose,
            CachedToken rejected,
            Mono<CachedToken> login,
            Function<CachedToken, Mono<T>> call) {
        return evictIfStill(accountId, purpose, rejected)
                .then(token(accountId, purpose, login))
                .flatMap(call);
    }

    /** Evict only the rejected token: a concurrent caller may already have stored a fresh one. */
    private Mono<Void> evictIfStill(String accountId, String purpose, CachedToken rejected) {
        return cache.get(accountId, purpose)
                .filter(current -> current.equals(rejected))
                .flatMap(current -> cache.evict(accountId, purpose));
    }
}
