package io.omnicart.gateway.tokencache;

import io.omnicart.core.error.UpstreamTimeout;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.TokenCache;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import reactor.core.publisher.Mono;

/**
 * Tokens in Redis, shared by the fleet. A cold key causes one login per fleet: callers in this process share one
 * attempt, and instances take a short Redis lock ({@code SET NX PX}); the others poll for the token until {@code
 * login-wait} and then fail with {@code UpstreamTimeout}. When Redis is down, the in-process cache serves instead.
 */
public class RedisTokenCache implements TokenCache {

    private final RedisTokenStore store;
    private final InMemoryTokenCache local;
    private final RedisFallback fallback;
    private final TokenTtl ttl;
    private final TokenMetrics metrics;
    private final TokenCacheProperties.Redis settings;
    private final ConcurrentMap<TokenKey, Mono<CachedToken>> logins = new ConcurrentHashMap<>();

    RedisTokenCache(
            RedisTokenStore store,
            InMemoryTokenCache local,
            RedisFallback fallback,
            TokenTtl ttl,
            TokenMetrics metrics,
            TokenCacheProperties.Redis settings) {
        this.store = store;
        this.local = local;
        this.fallback = fallback;
        this.ttl = ttl;
        this.metrics = metrics;
        this.settings = settings;
    }

    @Override
    public Mono<CachedToken> get(String accountId, String purpose) {
        TokenKey key = new TokenKey(accountId, purpose);
        return fallback.call(store.read(key), () -> local.get(accountId, purpose));
    }

    @Override
    public Mono<Void> put(String accountId, String purpose, CachedToken token, Duration maxTtl) {
        TokenKey key = new TokenKey(accountId, purpose);
        Duration keep = ttl.of(purpose, token, maxTtl);
        if (!keep.isPositive()) {
            return Mono.empty();
        }
        return fallback.call(store.write(key, token, keep), () -> local.put(accountId, purpose, token, maxTtl));
    }

    @Override
    public Mono<CachedToken> getOrLogin(String accountId, String purpose, Mono<CachedToken> login, Duration maxTtl) {
        TokenKey key = new TokenKey(accountId, purpose);
        return get(accountId, purpose).doOnNext(hit -> metrics.hit()).switchIfEmpty(Mono.defer(() -> {
            metrics.miss();
            return logins.computeIfAbsent(key, k -> fleetLogin(k, login, maxTtl));
        }));
    }

    @Override
    public Mono<Void> evict(String accountId, String purpose) {
        TokenKey key = new TokenKey(accountId, purpose);
        return local.evict(accountId, purpose).then(fallback.call(store.delete(key), Mono::empty));
    }

    @Override
    public Mono<Void> evictAccount(String accountId) {
        return local.evictAccount(accountId).then(fallback.call(store.deleteAccount(accountId), Mono::empty));
    }

    private Mono<CachedToken> fleetLogin(TokenKey key, Mono<CachedToken> login, Duration maxTtl) {
        Mono<CachedToken> inProcess = local.getOrLogin(key.accountId(), key.purpose(), login, maxTtl);
        long deadline = System.nanoTime() + settings.loginWait().toNanos();
        Mono<CachedToken> shared = Mono.defer(() -> fallback.useRedis()
                ? attempt(key, login, maxTtl, deadline).onErrorResume(RedisFallback::isOutage, error -> {
                    fallback.recordFailure(error);
                    return inProcess;
                })
                : inProcess);
        // leave the in-flight map before the result reaches the callers, so none joins a finished login
        return shared.doOnEach(signal -> logins.remove(key))
                .doFinally(signal -> logins.remove(key))
                .cache();
    }

    /** Take the fleet lock and log in, or wait for the instance holding it to store the token. */
    private Mono<CachedToken> attempt(TokenKey key, Mono<CachedToken> login, Duration maxTtl, long deadline) {
        return fallback.bounded(store.tryLock(key))
                .flatMap(owner -> loginHoldingLock(key, login, maxTtl, owner))
                .switchIfEmpty(Mono.defer(() -> awaitOther(key, login, maxTtl, deadline)));
    }

    private Mono<CachedToken> loginHoldingLock(TokenKey key, Mono<CachedToken> login, Duration maxTtl, String owner) {
        Mono<Void> unlock = fallback.bounded(store.unlock(key, owner)).onErrorResume(error -> Mono.empty());
        return fallback.bounded(store.read(key))
                .switchIfEmpty(Mono.defer(() -> loginAndStore(key, login, maxTtl)))
                .flatMap(token -> unlock.thenReturn(token))
                .onErrorResume(error -> unlock.then(Mono.error(error)));
    }

    private Mono<CachedToken> loginAndStore(TokenKey key, Mono<CachedToken> login, Duration maxTtl) {
        return login.doOnNext(token -> metrics.login(key.purpose(), true))
                .doOnError(error -> metrics.login(key.purpose(), false))
                .flatMap(token ->
                        put(key.accountId(), key.purpose(), token, maxTtl).thenReturn(token));
    }

    private Mono<CachedToken> awaitOther(TokenKey key, Mono<CachedToken> login, Duration maxTtl, long deadline) {
        if (System.nanoTime() - deadline >= 0) {
            return Mono.error(new UpstreamTimeout(
                    "Timed out waiting for another gateway instance to log in to the store", platformOf(key), null));
        }
        return Mono.delay(settings.pollInterval())
                .then(fallback.bounded(store.read(key)))
                .switchIfEmpty(Mono.defer(() -> attempt(key, login, maxTtl, deadline)));
    }

    private static Platform platformOf(TokenKey key) {
        String platform = TokenMetrics.platformOf(key.purpose());
        return "other".equals(platform) ? null : Platform.valueOf(platform.toUpperCase(Locale.ROOT));
    }
}
