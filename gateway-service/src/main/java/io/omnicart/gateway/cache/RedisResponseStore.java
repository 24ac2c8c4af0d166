package io.omnicart.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.omnicart.core.port.SecretCipher;
import io.omnicart.gateway.tokencache.RedisFallback;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveRedisTemplate;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.RedisSerializer;
import reactor.core.publisher.Mono;

/**
 * Cached responses shared by the fleet: values sealed with the {@link SecretCipher} (associated data = workspace +
 * account) and stored as raw bytes, keys hash-tagged by workspace and account. While Redis is down the in-process store
 * serves (and evicts) instead, through the shared {@link RedisFallback}.
 *
 * <p>Each instance keeps the accounts' generations it read from Redis for {@code generationCacheTtl}, so a cache hit
 * costs one Redis {@code GET} instead of two. An eviction through this instance forgets its own copy at once (and
 * in-flight reads that started before it never store theirs); an eviction through another instance is seen here at
 * most {@code generationCacheTtl} later, the bound on how long this instance may still serve a pre-write entry.
 */
public class RedisResponseStore implements ResponseStore {

    private static final RedisScript<Long> BUMP = RedisScript.of("""
            local generation = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return generation
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final ReactiveRedisTemplate<String, byte[]> entries;
    private final SealedResponses sealed;
    private final RedisFallback fallback;
    private final InMemoryResponseStore local;
    private final String prefix;
    private final Duration generationTtl;
    private final Cache<AccountScope, Long> knownGenerations;
    private final AtomicLong evictions = new AtomicLong();

    public RedisResponseStore(
            ReactiveRedisConnectionFactory connections,
            SecretCipher cipher,
            RedisFallback fallback,
            InMemoryResponseStore local,
            String prefix,
            Duration longestTtl,
            Duration generationCacheTtl,
            long maxAccounts) {
        this.redis = new ReactiveStringRedisTemplate(connections);
        this.entries = new ReactiveRedisTemplate<>(
                connections,
                RedisSerializationContext.<String, byte[]>newSerializationContext(RedisSerializer.string())
                        .value(RedisSerializer.byteArray())
                        .build());
        this.sealed = new SealedResponses(cipher);
        this.fallback = fallback;
        this.local = local;
        this.prefix = prefix;
        this.generationTtl = longestTtl.multipliedBy(2);
        this.knownGenerations = generationCacheTtl.isPositive()
                ? Caffeine.newBuilder()
                        .expireAfterWrite(generationCacheTtl)
                        .maximumSize(maxAccounts)
                        .build()
                : null;
    }

    @Override
    public Mono<CachedResponse> get(CacheKey key) {
        Mono<CachedResponse> shared =
                entries.opsForValue().get(entryKey(key)).mapNotNull(value -> sealed.open(key.scope(), value));
        return fallback.call(shared, () -> local.get(key));
    }

    @Override
    public Mono<Void> put(CacheKey key, CachedResponse response) {
        Mono<Void> shared = Mono.fromSupplier(() -> sealed.seal(key.scope(), response))
                .flatMap(value -> entries.opsForValue().set(entryKey(key), value, response.ttl()))
                .then();
        return fallback.call(shared, () -> local.put(key, response));
    }

    /** From this instance's copy while it is fresh and Redis is in use; otherwise read (and kept) from Redis. */
    @Override
    public Mono<Long> generation(AccountScope scope) {
        if (knownGenerations != null && fallback.useRedis()) {
            Long known = knownGenerations.getIfPresent(scope);
            if (known != null) {
                return Mono.just(known);
            }
        }
        return fallback.call(readGeneration(scope), () -> local.generation(scope));
    }

    /** Evicts locally too, so entries cached during an outage do not outlive the write either. */
    @Override
    public Mono<Void> evictAccount(AccountScope scope) {
        Mono<Void> shared = Mono.defer(() -> redis.execute(
                                BUMP, List.of(generationKey(scope)), List.of(Long.toString(generationTtl.toMillis())))
                        .then())
                .doFinally(signal -> forget(scope));
        return Mono.defer(() -> {
            forget(scope);
            return local.evictAccount(scope).then(fallback.call(shared, Mono::empty));
        });
    }

    private Mono<Long> readGeneration(AccountScope scope) {
        return Mono.defer(() -> {
            long seen = evictions.get();
            return redis.opsForValue()
                    .get(generationKey(scope))
                    .map(Long::parseLong)
                    .defaultIfEmpty(0L)
                    .doOnNext(generation -> remember(scope, generation, seen));
        });
    }

    /**
     * Keeps a generation read from Redis, unless an eviction through this instance happened since the read began (it
     * may predate the eviction's bump). Put first, then check: an eviction racing the put either is seen by the check
     * or forgets the entry after it was put.
     */
    private void remember(AccountScope scope, long generation, long evictionsSeen) {
        if (knownGenerations == null) {
            return;
        }
        knownGenerations.put(scope, generation);
        if (evictions.get() != evictionsSeen) {
            knownGenerations.invalidate(scope);
        }
    }

    private void forget(AccountScope scope) {
        evictions.incrementAndGet();
        if (knownGenerations != null) {
            knownGenerations.invalidate(scope);
        }
    }

    private String entryKey(CacheKey key) {
        return prefix + "response-v2:{" + key.scope().tag() + "}:" + key.generation() + ":" + key.pathAndQuery();
    }

    private String generationKey(AccountScope scope) {
        return prefix + "response-generation:{" + scope.tag() + "}";
    }
}
