package io.omnicart.testkit.simulator.omnium;

/** Which of Omnium's limits (reference §3) answered a 429; see {@link OmniumSimulator#rateLimitedRequests(OmniumLimit)}. */
public enum OmniumLimit {
    /** More than {@link OmniumOptions#concurrencyLimit()} (20) requests of one API user in flight. */
    USER_CONCURRENCY,
    /** More than {@link OmniumOptions#tenantConcurrencyLimit()} (40) requests of the tenant in flight. */
    TENANT_CONCURRENCY,
    /** More than {@link OmniumOptions#highTrafficConcurrencyLimit()} (150) product/inventory reads in flight. */
    HIGH_TRAFFIC_CONCURRENCY,
    /** More than {@link OmniumOptions#batchConcurrencyLimit()} (4) batch calls in flight. */
    BATCH_CONCURRENCY,
    /** More than {@link OmniumOptions#scrollStartConcurrencyLimit()} initial scroll calls in flight. */
    SCROLL_START_CONCURRENCY,
    /** The API user's token bucket (12,000, +1,000 per 10 s) was empty. */
    TOKEN_BUCKET
}
