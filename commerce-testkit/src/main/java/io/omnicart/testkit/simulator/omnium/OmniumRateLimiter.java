package io.omnicart.testkit.simulator.omnium;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Omnium's per-API-user limits (reference §3, §12 r5–r7): a concurrency gate and a token bucket that refills in one
 * step per interval, each request costing one token. Counts what it saw so tests can check a client stayed within.
 */
final class OmniumRateLimiter {

    private final Clock clock;
    private final OmniumOptions options;
    private final Map<String, UserState> users = new ConcurrentHashMap<>();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final AtomicLong rejected = new AtomicLong();

    OmniumRateLimiter(Clock clock, OmniumOptions options) {
        this.clock = clock;
        this.options = options;
    }

    /** Admits one request of {@code user}, or answers how many seconds the caller should wait. */
    Admission admit(String user) {
        UserState state = users.computeIfAbsent(user, ignored -> new UserState(clock.millis(), options));
        synchronized (state) {
            long retryAfter = state.refill(clock.millis(), options);
            if (state.inFlight >= options.concurrencyLimit()) {
                rejected.incrementAndGet();
                return new Admission(false, 1);
            }
            if (state.tokens < 1) {
                rejected.incrementAndGet();
                return new Admission(false, retryAfter);
            }
            state.tokens--;
            state.inFlight++;
            maxConcurrent.accumulateAndGet(state.inFlight, Math::max);
            return new Admission(true, 0);
        }
    }

    void release(String user) {
        UserState state = users.get(user);
        if (state != null) {
            synchronized (state) {
                state.inFlight = Math.max(0, state.inFlight - 1);
            }
        }
    }

    int maxConcurrent() {
        return maxConcurrent.get();
    }

    long rejected() {
        return rejected.get();
    }

    void reset() {
        users.clear();
        maxConcurrent.set(0);
        rejected.set(0);
    }

    record Admission(boolean admitted, long retryAfterSeconds) {}

    private static final class UserState {
        private long tokens;
        private long lastRefill;
        private int inFlight;

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
