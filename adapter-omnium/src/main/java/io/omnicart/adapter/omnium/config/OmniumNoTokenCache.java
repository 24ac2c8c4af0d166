package io.omnicart.adapter.omnium.config;

import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.TokenCache;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** The fallback when the application has no {@link TokenCache}: nothing is kept, every call logs in. */
final class OmniumNoTokenCache implements TokenCache {

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
