package io.omnicart.gateway.tokencache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.TokenCache;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import reactor.core.publisher.Mono;

/**
 * Tokens in this process (Caffeine), the embedded default and the Redis cache's fallback. Concurrent {@link
 * #getOrLogin} calls for one key share a single login.
 */
public class InMemoryTokenCache implements TokenCache {

    private final Cache<TokenKey, Entry> tokens;
    private final ConcurrentMap<TokenKey, Mono<CachedToken>> logins = new ConcurrentHashMap<>();
    private final TokenTtl ttl;
    private final TokenMetrics metrics;

    public InMemoryTokenCache(TokenTtl ttl, TokenMetrics metrics, long maxEntries) {
        this.ttl = ttl;
        this.metrics = metrics;
        this.tokens = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new EntryExpiry())
                .build();
    }

    @Override
    public Mono<CachedToken> get(String accountId, String purpose) {
        return Mono.fromSupplier(() -> lookup(new TokenKey(accountId, purpose)));
    }

    @Override
    public Mono<Void> put(String accountId, String purpose, CachedToken token, Duration maxTtl) {
        return Mono.fromRunnable(() -> store(new TokenKey(accountId, purpose), token, maxTtl));
    }

    @Override
    public Mono<CachedToken> getOrLogin(String accountId, String purpose, Mono<CachedToken> login, Duration maxTtl) {
        TokenKey key = new TokenKey(accountId, purpose);
        return Mono.defer(() -> {
            CachedToken cached = lookup(key);
            if (cached != null) {
                metrics.hit();
                return Mono.just(cached);
            }
            metrics.miss();
            return logins.computeIfAbsent(key, k -> sharedLogin(k, login, maxTtl));
        });
    }

    @Override
    public Mono<Void> evict(String accountId, String purpose) {
        return Mono.fromRunnable(() -> tokens.invalidate(new TokenKey(accountId, purpose)));
    }

    @Override
    public Mono<Void> evictAccount(String accountId) {
        return Mono.fromRunnable(
                () -> tokens.asMap().keySet().removeIf(key -> key.accountId().equals(accountId)));
    }

    private Mono<CachedToken> sharedLogin(TokenKey key, Mono<CachedToken> login, Duration maxTtl) {
        // Leave the in-flight map before the result reaches the callers (doFinally alone ran after them, so a caller
        // that came back at once could still join the finished login instead of reading the cache).
        return login.doOnNext(token -> store(key, token, maxTtl))
                .doOnEach(signal -> {
                    logins.remove(key);
                    recordLogin(key, signal.isOnNext(), signal.isOnError());
                })
                .doFinally(signal -> logins.remove(key))
                .cache();
    }

    private void recordLogin(TokenKey key, boolean success, boolean failure) {
        if (success || failure) {
            metrics.login(key.purpose(), success);
        }
    }

    private CachedToken lookup(TokenKey key) {
        Entry entry = tokens.getIfPresent(key);
        if (entry == null || !entry.keepUntil().isAfter(ttl.now())) {
            return null;
        }
        return entry.token();
    }

    private void store(TokenKey key, CachedToken token, Duration maxTtl) {
        Duration keep = ttl.of(key.purpose(), token, maxTtl);
        if (keep.isPositive()) {
            tokens.put(key, new Entry(token, ttl.now().plus(keep), keep));
        }
    }

    private record Entry(CachedToken token, Instant keepUntil, Duration keep) {}

    private static final class EntryExpiry implements Expiry<TokenKey, Entry> {

        @Override
        public long expireAfterCreate(TokenKey key, Entry entry, long currentTime) {
            return entry.keep().toNanos();
        }

        @Override
        public long expireAfterUpdate(TokenKey key, Entry entry, long currentTime, long currentDuration) {
            return entry.keep().toNanos();
        }

        @Override
        public long expireAfterRead(TokenKey key, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
