package io.omnicart.core.port;

import java.time.Duration;
import reactor.core.publisher.Mono;

/** {@link TokenCache#none()}: keeps nothing, so every call logs in. */
enum NoTokenCache implements TokenCache {
    INSTANCE;

    @Override
    public Mono<CachedToken> get(String accountId, String purpose) {
        return Mono.empty();
    }

    @Override
    public Mono<Void> put(String accountId, String purpose, CachedToken token, Duration maxTtl) {
        return Mono.empty();
    }

    @Override
    public Mono<CachedToken> getOrLogin(String accountId, String purpose, Mono<CachedToken> login, Duration maxTtl) {
        return login;
    }

    @Override
    public Mono<Void> evict(String accountId, String purpose) {
        return Mono.empty();
    }

    @Override
    public Mono<Void> evictAccount(String accountId) {
        return Mono.empty();
    }
}
