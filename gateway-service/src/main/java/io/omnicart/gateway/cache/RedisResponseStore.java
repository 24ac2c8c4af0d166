package io.omnicart.gateway.cache;

import io.omnicart.core.port.SecretCipher;
import io.omnicart.gateway.tokencache.RedisFallback;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Cached responses shared by the fleet: values sealed with the {@link SecretCipher} (associated data = workspace +
 * account), keys hash-tagged by workspace and account. While Redis is down the in-process store serves (and evicts)
 * instead, through the shared {@link RedisFallback}.
 */
public class RedisResponseStore implements ResponseStore {

    private static final RedisScript<Long> BUMP = RedisScript.of("""
            local generation = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return generation
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final SealedResponses sealed;
    private final RedisFallback fallback;
    private final InMemoryResponseStore local;
    private final String prefix;
    private final Duration generationTtl;

    public RedisResponseStore(
            ReactiveStringRedisTemplate redis,
            SecretCipher cipher,
            RedisFallback fallback,
            InMemoryResponseStore local,
            String prefix,
            Duration longestTtl) {
        this.redis = redis;
        this.sealed = new SealedResponses(cipher);
        this.fallback = fallback;
        this.local = local;
        this.prefix = prefix;
        this.generationTtl = longestTtl.multipliedBy(2);
    }

    @Override
    public Mono<CachedResponse> get(CacheKey key) {
        Mono<CachedResponse> shared =
                redis.opsForValue().get(entryKey(key)).mapNotNull(value -> sealed.open(key.scope(), value));
        return fallback.call(shared, () -> local.get(key));
    }

    @Override
    public Mono<Void> put(CacheKey key, CachedResponse response) {
        Mono<Void> shared = redis.opsForValue()
                .set(entryKey(key), sealed.seal(key.scope(), response), response.ttl())
                .then();
        return fallback.call(shared, () -> local.put(key, response));
    }

    @Override
    public Mono<Long> generation(AccountScope scope) {
        Mono<Long> shared = redis.opsForValue()
                .get(generationKey(scope))
                .map(Long::parseLong)
                .defaultIfEmpty(0L);
        return fallback.call(shared, () -> local.generation(scope));
    }

    /** Evicts locally too, so entries cached during an outage do not outlive the write either. */
    @Override
    public Mono<Void> evictAccount(AccountScope scope) {
        Mono<Void> shared = redis.execute(
                        BUMP, List.of(generationKey(scope)), List.of(Long.toString(generationTtl.toMillis())))
                .then();
        return local.evictAccount(scope).then(fallback.call(shared, Mono::empty));
    }

    private String entryKey(CacheKey key) {
        return prefix + "response:{" + key.scope().tag() + "}:" + key.generation() + ":" + key.pathAndQuery();
    }

    private String generationKey(AccountScope scope) {
        return prefix + "response-generation:{" + scope.tag() + "}";
    }
}
