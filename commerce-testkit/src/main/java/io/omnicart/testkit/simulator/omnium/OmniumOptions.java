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

    /** What {@code PATCH /api/Orders/{id}/PatchOrder} answers for an unknown order id (reference §12 r20, §13). */
    public enum PatchUnknownOrder {
        /** 404 with {@code {"message": …}} (the default). */
        NOT_FOUND,
        /** 200 with the update counters and {@code notFoundCount: 1}. */
        NOT_FOUND_COUNT
    }

    /** The body of error answers outside the cart API (reference §4, §13: not uniformly documented). */
    public enum ErrorBodyStyle {
        /** {@code {"message": "…"}} (the default). */
        MESSAGE,
        /** ASP.NET Core {@code ProblemDetails}: {@code {type, title, status, detail}}. */
        PROBLEM_DETAILS
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
    private volatile int tenantConcurrencyLimit;
    private volatile int highTrafficConcurrencyLimit;
    private volatile int batchConcurrencyLimit;
    private volatile int scrollStartConcurrencyLimit;
    private volatile long requestCost;
    private volatile Duration concurrencyRetryAfter;
    private volatile boolean allowTakeZero;
    private volatile boolean changedSinceExclusive;
    private volatile boolean rangeToInclusive;
    private volatile int invalidStatusStatus;
    private volatile boolean enforceAvailableSteps;
    private volatile PatchUnknownOrder patchUnknownOrder;
    private volatile ErrorBodyStyle errorBodyStyle;
    private volatile Duration queuedFor;
    private volatile boolean useOrderStatusLog;
    private volatile boolean adminImpliesRead;
    private volatile int marketScopeStatus;
    private volatile boolean defaultWarehouseMarked;

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
        tenantConcurrencyLimit = 40;
        highTrafficConcurrencyLimit = 150;
        batchConcurrencyLimit = 4;
        scrollStartConcurrencyLimit = 5;
        requestCost = 1;
        concurrencyRetryAfter = Duration.ofSeconds(1);
        allowTakeZero = true;
        changedSinceExclusive = true;
        rangeToInclusive = false;
        invalidStatusStatus = 400;
        enforceAvailableSteps = true;
        patchUnknownOrder = PatchUnknownOrder.NOT_FOUND;
        errorBodyStyle = ErrorBodyStyle.MESSAGE;
        queuedFor = Duration.ZERO;
        useOrderStatusLog = true;
        adminImpliesRead = true;
        marketScopeStatus = 403;
        defaultWarehouseMarked = true;
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

    /**
     * In-flight requests allowed per API user; default 20 (reference §3). Product and inventory reads are exempt (they
     * have {@link #highTrafficConcurrencyLimit(int)}); the token call is never limited.
     */
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

    /** In-flight requests allowed for the whole tenant, all API users together; default 40 (reference §3). */
    public OmniumOptions tenantConcurrencyLimit(int value) {
        tenantConcurrencyLimit = value;
        return this;
    }

    /**
     * In-flight product and inventory reads ({@code GET /api/Products/…}, {@code POST /api/Products/SearchProducts},
     * {@code GET|POST /api/Inventory/…} reads) allowed per API user; default 150 (reference §3: "high-traffic"
     * endpoints, exempt from the per-user 20). Decision [I]: these reads count neither against the per-user nor the
     * tenant-wide gate.
     */
    public OmniumOptions highTrafficConcurrencyLimit(int value) {
        highTrafficConcurrencyLimit = value;
        return this;
    }

    /**
     * In-flight batch calls ({@code AddMany}, {@code UpdateMany}, {@code PatchMany}, {@code ImportMany}) allowed per
     * API user; default 4 (reference §2, §3). A batch call also counts against the per-user and tenant gates.
     */
    public OmniumOptions batchConcurrencyLimit(int value) {
        batchConcurrencyLimit = value;
        return this;
    }

    /**
     * In-flight initial scroll calls ({@code POST …/Scroll}, {@code POST …/ScrollSearch}) allowed per API user; default
     * 5. The reference only says "stricter" without a number (§3, §13): 5 is our pick [I].
     */
    public OmniumOptions scrollStartConcurrencyLimit(int value) {
        scrollStartConcurrencyLimit = value;
        return this;
    }

    /** Bucket tokens one request costs; default 1 (reference §12 r6, unknown in §13). */
    public OmniumOptions requestCost(long value) {
        requestCost = value;
        return this;
    }

    /** {@code Retry-After} of a 429 from a concurrency gate; default 1 s [I] (bucket 429s answer the refill wait). */
    public OmniumOptions concurrencyRetryAfter(Duration value) {
        concurrencyRetryAfter = value;
        return this;
    }

    /** Whether a search accepts {@code take: 0} (a count-only query answering {@code totalHits}); default true [?]. */
    public OmniumOptions allowTakeZero(boolean value) {
        allowTakeZero = value;
        return this;
    }

    /**
     * Whether {@code changedSince} on GET lists is exclusive ({@code modified > changedSince}, the default, reference
     * §5.9 [I]) or inclusive.
     */
    public OmniumOptions changedSinceExclusive(boolean value) {
        changedSinceExclusive = value;
        return this;
    }

    /**
     * Whether {@code modifiedTo}/{@code createdTo} (and {@code completedTo}) include the bound; default false (exclusive)
     * [?]. {@code modifiedFrom}/{@code createdFrom} are always inclusive (documented).
     */
    public OmniumOptions rangeToInclusive(boolean value) {
        rangeToInclusive = value;
        return this;
    }

    /**
     * Status {@code UpdateStatus} answers for a status the order type does not define, or one outside the current
     * status's {@code availableSteps} when the policy is enforced; default 400 [?] (reference §13).
     */
    public OmniumOptions invalidStatusStatus(int value) {
        invalidStatusStatus = value;
        return this;
    }

    /**
     * Whether the default order types set {@code enforceAvailableStepsPolicy} so {@code UpdateStatus} refuses moves
     * outside {@code availableSteps} (e.g. cancelling a shipped or completed order); default true [I]. Setting the same
     * status again is always allowed.
     */
    public OmniumOptions enforceAvailableSteps(boolean value) {
        enforceAvailableSteps = value;
        return this;
    }

    /** {@code PatchOrder} on an unknown id: 404 (default) or 200 with {@code notFoundCount: 1} (§12 r20, §13). */
    public OmniumOptions patchUnknownOrder(PatchUnknownOrder value) {
        patchUnknownOrder = value;
        return this;
    }

    /** Error body outside the cart API: {@code {"message"}} (default) or {@code ProblemDetails} (§13). */
    public OmniumOptions errorBodyStyle(ErrorBodyStyle value) {
        errorBodyStyle = value;
        return this;
    }

    /**
     * How long an order created by {@code POST /api/Orders} or {@code CreateOrderFromCart} sits in status {@code Queued}
     * (UpdateStatus answers 400 meanwhile) before it gets its real status, on the simulator clock; default zero = never
     * queued (reference §5.3, §12 r18).
     */
    public OmniumOptions queuedFor(Duration value) {
        queuedFor = value;
        return this;
    }

    /**
     * Tenant setting {@code OrderSettings.UseOrderStatusLog}: whether shipments keep {@code orderStatusLog}; default
     * true [I] (reference §5.7: off unless the tenant turns it on; on here so timelines can be tested).
     */
    public OmniumOptions useOrderStatusLog(boolean value) {
        useOrderStatusLog = value;
        return this;
    }

    /**
     * Whether the stores read back flag a default stock location ({@code isPrimaryWarehouse}, {@code isWebWarehouse});
     * default true. Off: every store answers both flags false, as on a tenant that never set them.
     */
    public OmniumOptions defaultWarehouseMarked(boolean value) {
        defaultWarehouseMarked = value;
        return this;
    }

    public boolean defaultWarehouseMarked() {
        return defaultWarehouseMarked;
    }

    /** Whether a {@code <Resource>Admin} role also grants {@code <Resource>Read}; default true [I] (§1 silent). */
    public OmniumOptions adminImpliesRead(boolean value) {
        adminImpliesRead = value;
        return this;
    }

    /**
     * Status for reading one entity (order, cart, customer) tagged with a market outside the API user's
     * {@code market-<id>} roles; default 403 (reference §1, §4: scope missing). Searches silently leave such entities
     * out.
     */
    public OmniumOptions marketScopeStatus(int value) {
        marketScopeStatus = value;
        return this;
    }

    public int tenantConcurrencyLimit() {
        return tenantConcurrencyLimit;
    }

    public int highTrafficConcurrencyLimit() {
        return highTrafficConcurrencyLimit;
    }

    public int batchConcurrencyLimit() {
        return batchConcurrencyLimit;
    }

    public int scrollStartConcurrencyLimit() {
        return scrollStartConcurrencyLimit;
    }

    public long requestCost() {
        return requestCost;
    }

    public Duration concurrencyRetryAfter() {
        return concurrencyRetryAfter;
    }

    public boolean allowTakeZero() {
        return allowTakeZero;
    }

    public boolean changedSinceExclusive() {
        return changedSinceExclusive;
    }

    public boolean rangeToInclusive() {
        return rangeToInclusive;
    }

    public int invalidStatusStatus() {
        return invalidStatusStatus;
    }

    public boolean enforceAvailableSteps() {
        return enforceAvailableSteps;
    }

    public PatchUnknownOrder patchUnknownOrder() {
        return patchUnknownOrder;
    }

    public ErrorBodyStyle errorBodyStyle() {
        return errorBodyStyle;
    }

    public Duration queuedFor() {
        return queuedFor;
    }

    public boolean useOrderStatusLog() {
        return useOrderStatusLog;
    }

    public boolean adminImpliesRead() {
        return adminImpliesRead;
    }

    public int marketScopeStatus() {
        return marketScopeStatus;
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
