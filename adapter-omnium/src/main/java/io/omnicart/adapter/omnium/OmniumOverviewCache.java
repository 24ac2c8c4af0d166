package io.omnicart.adapter.omnium;

import io.omnicart.core.model.StoreOverview;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Recent overviews per account and window, so that a dashboard refresh does not scroll through the orders again.
 * Bounded: expired entries go on every write, and beyond {@value #MAX_ENTRIES} accounts the cache starts over. A zero
 * TTL turns it off.
 */
final class OmniumOverviewCache {

    static final int MAX_ENTRIES = 10_000;

    record Key(String accountId, Duration window) {}

    private record Entry(StoreOverview overview, Instant expiresAt) {}

    private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    OmniumOverviewCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    Optional<StoreOverview> get(Key key) {
        Entry entry = entries.get(key);
        if (entry == null || !entry.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.overview().asCached());
    }

    StoreOverview put(Key key, StoreOverview overview) {
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
