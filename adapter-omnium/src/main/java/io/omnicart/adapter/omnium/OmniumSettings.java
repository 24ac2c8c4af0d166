package io.omnicart.adapter.omnium;

import java.time.Duration;

/**
 * How hard the adapter may work per call.
 *
 * @param tokenTtl longest an access token is cached (Omnium issues 10-day tokens, reference §1)
 * @param tokenSkew how long before its {@code expiresIn} a token is dropped, so none expires in flight
 * @param scanBatch rows per upstream page while a search filters Omnium's looser matches
 * @param maxScanPages upstream pages one filtered page may read before answering with a cursor
 * @param concurrency parallel upstream calls within one operation (collection counts, inventory lookups); 1 keeps one
 *     adapter call to one upstream request at a time, so the gateway's per-account bulkhead bounds Omnium's per-user
 *     concurrency (20, reference §3)
 * @param inventoryBatch items per {@code Inventory/UpdateMany} call (at most 1,000, reference §2); batches go one after
 *     the other (Omnium allows 4 concurrent batch calls per tenant)
 * @param orderTypesTtl how long the tenant's order-type configuration is reused per account
 * @param overviewBatch orders per scroll batch while summing revenue
 * @param overviewMaxOrders most orders summed for one overview
 * @param overviewCacheTtl how long an overview is reused per account and window (zero turns it off)
 */
public record OmniumSettings(
        Duration tokenTtl,
        Duration tokenSkew,
        int scanBatch,
        int maxScanPages,
        int concurrency,
        int inventoryBatch,
        Duration orderTypesTtl,
        int overviewBatch,
        int overviewMaxOrders,
        Duration overviewCacheTtl) {

    public static OmniumSettings defaults() {
        return new OmniumSettings(
                Duration.ofDays(10),
                Duration.ofMinutes(5),
                100,
                10,
                1,
                1_000,
                Duration.ofMinutes(10),
                1_000,
                50_000,
                Duration.ofMinutes(5));
    }
}
