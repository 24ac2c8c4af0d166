package io.omnicart.credential.support;

import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.TokenCache;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** An in-memory {@link TokenCache} for tests: keyed by account id and purpose, no expiry, no single flight. */
public final class MemoryTokenCache implements TokenCache {

    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Mono<CachedToken> get(String accountId, String purpose) {
        return Mono.justOrEmpty(tokens.get(accountId + "|" + purpose));
    }

    @Override
    public Mono<Void> put(String accountId, String purpose, CachedToken token, Duration maxTtl) {
        return Mono.fromRunnable(() -> tokens.put(accountId + "|" + purpose, token));
    }

    @Override
    public Mono<CachedToken> getOrLogin(String accountId, String purpose, Mono<CachedToken> login, Duration maxTtl) {
        return get(accountId, purpose)
                .switchIfEmpty(
                        login.flatMap(t -> put(accountId, purpose, t, maxTtl).thenReturn(t)));
    }

    @Override
    public Mono<Void> evict(String accountId, String purpose) {
        return Mono.fromRunnable(() -> tokens.remove(accountId + "|" + purpose));
    }

    @Override
    public Mono<Void> evictAccount(String accountId) {
        return Mono.fromRunnable(() -> tokens.keySet().removeIf(key -> key.startsWith(accountId + "|")));
    }

    public boolean hasTokens(String accountId) {
        return tokens.keySet().stream().anyMatch(key -> key.startsWith(accountId + "|"));
    }

    public int size() {
        return tokens.size();
    }
}
