package io.omnicart.testkit.contract;

import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.TokenCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * An in-memory {@link TokenCache} for contract tests: honours each token's expiry and the caller's TTL, and lets
 * concurrent callers for one account and purpose share a single login, like the gateway's caches.
 */
public final class ContractTokenCache implements TokenCache {

    private record Key(String accountId, String purpose) {}

    private record Entry(CachedToken token, Instant keepUntil) {}

    private final Map<Key, Entry> tokens = new ConcurrentHashMap<>();
    private final Map<Key, Mono<CachedToken>> logins = new ConcurrentHashMap<>();
    private final Clock clock;

    public ContractTokenCache() {
        this(Clock.systemUTC());
    }

    public ContractTokenCache(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<CachedToken> get(String accountId, String purpose) {
        return Mono.fromSupplier(() -> lookup(new Key(accountId, purpose)));
    }

    @Override
    public Mono<Void> put(String accountId, String purpose, CachedToken token, Duration maxTtl) {
        return Mono.fromRunnable(() -> store(new Key(accountId, purpose), token, maxTtl));
    }

    @Override
    public Mono<CachedToken> getOrLogin(String accountId, String purpose, Mono<CachedToken> login, Duration maxTtl) {
        Key key = new Key(accountId, purpose);
        return Mono.defer(() -> {
            CachedToken cached = lookup(key);
            return cached != null ? Mono.just(cached) : logins.computeIfAbsent(key, k -> shared(k, login, maxTtl));
        });
    }

    @Override
    public Mono<Void> evict(String accountId, String purpose) {
        return Mono.fromRunnable(() -> tokens.remove(new Key(accountId, purpose)));
    }

    @Override
    public Mono<Void> evictAccount(String accountId) {
        return Mono.fromRunnable(
                () -> tokens.keySet().removeIf(key -> key.accountId().equals(accountId)));
    }

    /**
     * One login for every concurrent caller. It leaves {@code logins} before its result reaches anyone (not after, as
     * {@code doFinally} would), so a caller that evicts the token and asks again right away logs in afresh instead of
     * being handed the finished login's token.
     */
    private Mono<CachedToken> shared(Key key, Mono<CachedToken> login, Duration maxTtl) {
        return login.map(token -> store(key, token, maxTtl))
                .doOnTerminate(() -> logins.remove(key))
                .cache();
    }

    private CachedToken store(Key key, CachedToken token, Duration maxTtl) {
        Instant limit = clock.instant().plus(maxTtl);
        tokens.put(key, new Entry(token, token.expiresAt().isBefore(limit) ? token.expiresAt() : limit));
        return token;
    }

    private CachedToken lookup(Key key) {
        Entry entry = tokens.get(key);
        return entry == null || !entry.keepUntil().isAfter(clock.instant()) ? null : entry.token();
    }
}
