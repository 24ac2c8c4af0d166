package io.omnicart.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Cached responses in process (Caffeine, bounded). A generation outlives every entry it can hide: it is kept while read
 * and for {@code longestTtl} after, so a forgotten generation never revives entries stored before a write.
 */
public class InMemoryResponseStore implements ResponseStore {

    private final Cache<String, CachedResponse> entries;
    private final Cache<AccountScope, Long> generations;
    private final Clock clock;

    public InMemoryResponseStore(long maxEntries, Duration longestTtl, Clock clock) {
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.creating((String key, CachedResponse value) ->
                        positive(Duration.between(clock.instant(), value.expiresAt()))))
                .build();
        this.generations = Caffeine.newBuilder()
                .expireAfterAccess(longestTtl.multipliedBy(2))
                .build();
    }

    @Override
    public Mono<CachedResponse> get(CacheKey key) {
        return Mono.fromSupplier(() -> entries.getIfPresent(key.value()))
                .filter(entry -> entry.isFresh(clock.instant()));
    }

    @Override
    public Mono<Void> put(CacheKey key, CachedResponse response) {
        return Mono.fromRunnable(() -> entries.put(key.value(), response));
    }

    @Override
    public Mono<Long> generation(AccountScope scope) {
        return Mono.fromSupplier(() -> generations.get(scope, any -> 0L));
    }

    @Override
    public Mono<Void> evictAccount(AccountScope scope) {
        return Mono.fromRunnable(() -> generations.asMap().merge(scope, 1L, Long::sum));
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
