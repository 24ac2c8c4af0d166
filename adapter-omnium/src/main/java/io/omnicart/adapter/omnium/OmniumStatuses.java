package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumClient;
import io.omnicart.adapter.omnium.mapping.OmniumStatusRules;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.spi.StoreConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The tenant's order-status meaning per account ({@code GET /api/Settings/OrderTypes}, reference §5.3), kept for a
 * while. A tenant whose configuration the API user may not read (no {@code SettingsRead} role: 403) gets the built-in
 * vocabulary; other failures (5xx, 429, a rejected token, a malformed answer) propagate. Bounded: beyond {@value
 * #MAX_ENTRIES} accounts the cache starts over.
 */
final class OmniumStatuses {

    private static final Logger log = LoggerFactory.getLogger(OmniumStatuses.class);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(Mono<OmniumStatusRules> rules, Instant expiresAt) {}

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final OmniumClient client;
    private final Duration ttl;
    private final Clock clock;

    OmniumStatuses(OmniumClient client, Duration ttl, Clock clock) {
        this.client = client;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The account's rules; one upstream call per account and TTL, shared by concurrent callers. */
    Mono<OmniumStatusRules> rules(StoreConnection store) {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            Entry entry = entries.get(store.accountId());
            if (entry != null && entry.expiresAt().isAfter(now)) {
                return entry.rules();
            }
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            Mono<OmniumStatusRules> shared = load(store)
                    .doOnError(error -> entries.remove(store.accountId()))
                    .cache();
            entries.put(store.accountId(), new Entry(shared, now.plus(ttl)));
            return shared;
        });
    }

    private Mono<OmniumStatusRules> load(StoreConnection store) {
        return client.orderTypes(store).map(OmniumStatusRules::of).onErrorResume(OmniumStatuses::unreadable, error -> {
            log.info(
                    "Omnium order types unreadable for an account ({}): using the default statuses",
                    error.getClass().getSimpleName());
            return Mono.just(OmniumStatusRules.defaults());
        });
    }

    private static boolean unreadable(Throwable error) {
        return error instanceof CredentialsRejected rejected
                && Integer.valueOf(403).equals(rejected.upstreamStatus());
    }
}
