package io.omnicart.adapter.support.cache;

import io.omnicart.core.model.StoreOverview;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Recent overviews per account and window, so that a dashboard refresh does not page through every order again. Bounded:
 * expired entries go on every write, and beyond {@value #MAX_ENTRIES} accounts the cache starts over. A zero TTL turns
 * it off. Thread-safe.
 */
public final class OverviewCache {

    public static final int MAX_ENTRIES = 10_000;

    /** One account's overview over one window. */
    public record Key(String accountId, Duration window) {}

    private record Entry(StoreOverview overview, Instant expiresAt) {}

    private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    public OverviewCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * The account's overview over {@code window}: the cached one while it is fresh, else the one {@code compute}
     * makes, remembered. Cold: the cache is read on subscription.
     */
    public Mono<StoreOverview> get(String accountId, Duration window, Supplier<Mono<StoreOverview>> compute) {
        Key key = new Key(accountId, window);
        return Mono.defer(() ->
                get(key).map(Mono::just).orElseGet(() -> compute.get().map(overview -> put(key, overview))));
    }

    /** The cached overview, flagged {@code cached}, while it is fresh. */
    public Optional<StoreOverview> get(Key key) {
        Entry entry = entries.get(key);
        if (entry == null || !entry.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.overview().asCached());
    }

    /** Remembers a freshly computed overview and returns it unchanged. */
    public StoreOverview put(Key key, StoreOverview overview) {
        if (ttl.isZero() || ttl.isNegative()) {
            return overview;
        }
        Instant now = clock.instant();
        entries.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(overview, now.plus(ttl)));
        return overview;
    }
}
