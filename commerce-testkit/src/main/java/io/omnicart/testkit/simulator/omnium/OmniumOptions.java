package io.omnicart.testkit.simulator.omnium;

import java.time.Duration;

/**
 * The simulator's behaviour switches: every unknown the reference marks configurable (§12), with the reference's
 * default. Changes apply to requests served from then on; {@link #reset()} restores the defaults.
 */
public final class OmniumOptions {

    /** What an order search does with {@code take > 100}. */
    public enum TakeAboveMax {
        REJECT,
        CLAMP
    }

    private volatile Duration tokenLifetime;
    private volatile int badCredentialsStatus;
    private volatile TakeAboveMax takeAboveMax;
    private volatile int defaultTake;
    private volatile int defaultScrollBatch;
    private volatile Duration scrollIdleTimeout;
    private volatile int expiredScrollStatus;
    private volatile boolean rotateScrollIds;
    private volatile int concurrencyLimit;
    private volatile long bucketCapacity;
    private volatile long bucketRefill;
    private volatile Duration refillInterval;
    private volatile Duration latency;

    OmniumOptions() {
        reset();
    }

    /** Back to the reference defaults. */
    public void reset() {
        tokenLifetime = Duration.ofSeconds(864_000);
        badCredentialsStatus = 401;
        takeAboveMax = TakeAboveMax.REJECT;
        defaultTake = 20;
        defaultScrollBatch = 1000;
        scrollIdleTimeout = Duration.ofMinutes(5);
        expiredScrollStatus = 404;
        rotateScrollIds = false;
        concurrencyLimit = 20;
        bucketCapacity = 12_000;
        bucketRefill = 1_000;
        refillInterval = Duration.ofSeconds(10);
        latency = Duration.ZERO;
    }

    /** Lifetime of tokens issued from now on (the {@code exp} claim and {@code expiresIn}); default 864000 s. */
    public OmniumOptions tokenLifetime(Duration value) {
        tokenLifetime = value;
        return this;
    }

    /** Status for a wrong client id or secret on {@code /api/token}; default 401. */
    public OmniumOptions badCredentialsStatus(int value) {
        badCredentialsStatus = value;
        return this;
    }

    /** Reject (400, default) or clamp to 100 a search {@code take} above 100. */
    public OmniumOptions takeAboveMax(TakeAboveMax value) {
        takeAboveMax = value;
        return this;
    }

    /** {@code take} when a search gives none; default 20. */
    public OmniumOptions defaultTake(int value) {
        defaultTake = value;
        return this;
    }

    /** Batch size of a scroll started without {@code take}; default 1000. */
    public OmniumOptions defaultScrollBatch(int value) {
        defaultScrollBatch = value;
        return this;
    }

    /** Idle time after which a scroll id is forgotten; default 5 minutes. */
    public OmniumOptions scrollIdleTimeout(Duration value) {
        scrollIdleTimeout = value;
        return this;
    }

    /** Status for an unknown or expired scroll id (404 default, or 400). */
    public OmniumOptions expiredScrollStatus(int value) {
        expiredScrollStatus = value;
        return this;
    }

    /** Whether every scroll page answers with a new scroll id, invalidating the previous one; default false. */
    public OmniumOptions rotateScrollIds(boolean value) {
        rotateScrollIds = value;
        return this;
    }

    /** In-flight requests allowed per API user; default 20. */
    public OmniumOptions concurrencyLimit(int value) {
        concurrencyLimit = value;
        return this;
    }

    /** Token bucket per API user: capacity (default 12000) and refill per interval (default 1000 per 10 s). */
    public OmniumOptions tokenBucket(long capacity, long refill, Duration interval) {
        bucketCapacity = capacity;
        bucketRefill = refill;
        refillInterval = interval;
        return this;
    }

    /** Time every rate-limited request stays in flight before it is answered; default zero. */
    public OmniumOptions latency(Duration value) {
        latency = value;
        return this;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    public int badCredentialsStatus() {
        return badCredentialsStatus;
    }

    public TakeAboveMax takeAboveMax() {
        return takeAboveMax;
    }

    public int defaultTake() {
        return defaultTake;
    }

    public int defaultScrollBatch() {
        return defaultScrollBatch;
    }

    public Duration scrollIdleTimeout() {
        return scrollIdleTimeout;
    }

    public int expiredScrollStatus() {
        return expiredScrollStatus;
    }

    public boolean rotateScrollIds() {
        return rotateScrollIds;
    }

    public int concurrencyLimit() {
        return concurrencyLimit;
    }

    public long bucketCapacity() {
        return bucketCapacity;
    }

    public long bucketRefill() {
        return bucketRefill;
    }

    public Duration refillInterval() {
        return refillInterval;
    }

    public Duration latency() {
        return latency;
    }
}
