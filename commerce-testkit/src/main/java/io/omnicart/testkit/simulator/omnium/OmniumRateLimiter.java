package io.omnicart.testkit.simulator.omnium;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Omnium's limits (reference §3, §12 r5–r7): per API user a concurrency gate (20), a gate for product/inventory reads
 * (150, exempt from the 20), a batch gate (4) and an initial-scroll gate; a tenant-wide gate (40) over every API user;
 * and per API user a token bucket refilled in one step per interval. A rejected request costs no token. Counts what it
 * saw (peaks, 429s per limit) so tests can check that a client stayed within the limits.
 */
final class OmniumRateLimiter {

    private final Clock clock;
    private final OmniumOptions options;
    private final Map<String, UserState> users = new HashMap<>();
    private final Map<OmniumLimit, Long> rejected = new EnumMap<>(OmniumLimit.class);
    private final Map<OmniumLimit, Integer> peaks = new EnumMap<>(OmniumLimit.class);
    private int tenantGated;
    private int tenantAll;
    private int peakTenantAll;

    OmniumRateLimiter(Clock clock, OmniumOptions options) {
        this.clock = clock;
        this.options = options;
    }

    /** Admits one request of {@code user} through {@code gate}, or says which limit refused it and for how long. */
    synchronized Admission admit(String user, OmniumAccess.Gate gate) {
        UserState state = users.computeIfAbsent(user, ignored -> new UserState(clock.millis(), options));
        long bucketWait = state.refill(clock.millis(), options);
        OmniumLimit refused = refusal(state, gate);
        if (refused == null && state.tokens < options.requestCost()) {
            refused = OmniumLimit.TOKEN_BUCKET;
        }
        if (refused != null) {
            rejected.merge(refused, 1L, Long::sum);
            long wait = refused == OmniumLimit.TOKEN_BUCKET
                    ? bucketWait
                    : Math.max(1, options.concurrencyRetryAfter().toSeconds());
            return new Admission(false, wait, refused);
        }
        state.tokens -= options.requestCost();
        enter(state, gate);
        return new Admission(true, 0, null);
    }

    private OmniumLimit refusal(UserState state, OmniumAccess.Gate gate) {
        if (gate == OmniumAccess.Gate.HIGH_TRAFFIC) {
            return state.highTraffic >= options.highTrafficConcurrencyLimit()
                    ? OmniumLimit.HIGH_TRAFFIC_CONCURRENCY
                    : null;
        }
        if (state.gated >= options.concurrencyLimit()) {
            return OmniumLimit.USER_CONCURRENCY;
        }
        if (tenantGated >= options.tenantConcurrencyLimit()) {
            return OmniumLimit.TENANT_CONCURRENCY;
        }
        if (gate == OmniumAccess.Gate.BATCH && state.batch >= options.batchConcurrencyLimit()) {
            return OmniumLimit.BATCH_CONCURRENCY;
        }
        if (gate == OmniumAccess.Gate.SCROLL_START && state.scrollStarts >= options.scrollStartConcurrencyLimit()) {
            return OmniumLimit.SCROLL_START_CONCURRENCY;
        }
        return null;
    }

    private void enter(UserState state, OmniumAccess.Gate gate) {
        tenantAll++;
        peakTenantAll = Math.max(peakTenantAll, tenantAll);
        if (gate == OmniumAccess.Gate.HIGH_TRAFFIC) {
            state.highTraffic++;
            peak(OmniumLimit.HIGH_TRAFFIC_CONCURRENCY, state.highTraffic);
            return;
        }
        state.gated++;
        tenantGated++;
        state.peakGated = Math.max(state.peakGated, state.gated);
        peak(OmniumLimit.USER_CONCURRENCY, state.gated);
        peak(OmniumLimit.TENANT_CONCURRENCY, tenantGated);
        if (gate == OmniumAccess.Gate.BATCH) {
            state.batch++;
            peak(OmniumLimit.BATCH_CONCURRENCY, state.batch);
        } else if (gate == OmniumAccess.Gate.SCROLL_START) {
            state.scrollStarts++;
            peak(OmniumLimit.SCROLL_START_CONCURRENCY, state.scrollStarts);
        }
    }

    private void peak(OmniumLimit limit, int value) {
        peaks.merge(limit, value, Math::max);
    }

    synchronized void release(String user, OmniumAccess.Gate gate) {
        UserState state = users.get(user);
        if (state == null) {
            return;
        }
        tenantAll = Math.max(0, tenantAll - 1);
        if (gate == OmniumAccess.Gate.HIGH_TRAFFIC) {
            state.highTraffic = Math.max(0, state.highTraffic - 1);
            return;
        }
        state.gated = Math.max(0, state.gated - 1);
        tenantGated = Math.max(0, tenantGated - 1);
        if (gate == OmniumAccess.Gate.BATCH) {
            state.batch = Math.max(0, state.batch - 1);
        } else if (gate == OmniumAccess.Gate.SCROLL_START) {
            state.scrollStarts = Math.max(0, state.scrollStarts - 1);
        }
    }

    /** The highest in-flight count the counter governed by {@code limit} reached ({@code TOKEN_BUCKET}: 0). */
    synchronized int peak(OmniumLimit limit) {
        return peaks.getOrDefault(limit, 0);
    }

    /** The highest number of requests of {@code user} in flight at once, product/inventory reads excluded. */
    synchronized int peak(String user) {
        UserState state = users.get(user);
        return state == null ? 0 : state.peakGated;
    }

    /** Requests in flight right now, every kind included. */
    synchronized int inFlight() {
        return tenantAll;
    }

    /** The highest number of requests of the tenant in flight at once, every kind included. */
    synchronized int peakAll() {
        return peakTenantAll;
    }

    synchronized long rejected() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    synchronized long rejected(OmniumLimit limit) {
        return rejected.getOrDefault(limit, 0L);
    }

    /** Forgets counters and peaks, keeps in-flight counts and buckets (requests may be under way). */
    synchronized void resetCounters() {
        rejected.clear();
        peaks.clear();
        peakTenantAll = tenantAll;
        users.values().forEach(state -> state.peakGated = state.gated);
    }

    /** Forgets everything: buckets refill, counters and peaks start at zero. */
    synchronized void reset() {
        users.clear();
        rejected.clear();
        peaks.clear();
        tenantGated = 0;
        tenantAll = 0;
        peakTenantAll = 0;
    }

    record Admission(
            boolean admitted,
            long retryAfterSeconds,
            @Nullable OmniumLimit limit) {}

    private static final class UserState {
        private long tokens;
        private long lastRefill;
        private int gated;
        private int highTraffic;
        private int batch;
        private int scrollStarts;
        private int peakGated;

        private UserState(long now, OmniumOptions options) {
            this.tokens = options.bucketCapacity();
            this.lastRefill = now;
        }

        /** Adds the refills due by {@code now}; answers the whole seconds until the next one (at least 1). */
        private long refill(long now, OmniumOptions options) {
            long interval = Math.max(1, options.refillInterval().toMillis());
            long steps = (now - lastRefill) / interval;
            if (steps > 0) {
                tokens = Math.min(options.bucketCapacity(), tokens + steps * options.bucketRefill());
                lastRefill += steps * interval;
            }
            long waitMillis = lastRefill + interval - now;
            return Math.max(1, (waitMillis + 999) / 1000);
        }
    }
}
