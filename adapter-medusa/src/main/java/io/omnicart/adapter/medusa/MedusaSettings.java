package io.omnicart.adapter.medusa;

import java.time.Duration;

/**
 * How hard the adapter may work per call.
 *
 * @param tokenTtl longest an admin JWT is cached (Medusa issues 24 h tokens; reference §2.1)
 * @param scanBatch rows read per upstream page while filtering a search result (orders, customers, products)
 * @param maxScanPages upstream pages one filtered page may read before it returns what it has with a cursor
 * @param concurrency parallel upstream calls of one operation (overview pages, inventory updates)
 * @param overviewPageSize orders per page while summing revenue
 * @param overviewMaxOrders most orders summed for one overview
 * @param overviewCacheTtl how long an overview is served from memory per account and window; zero turns it off
 */
public record MedusaSettings(
        Duration tokenTtl,
        int scanBatch,
        int maxScanPages,
        int concurrency,
        int overviewPageSize,
        int overviewMaxOrders,
        Duration overviewCacheTtl) {

    public static MedusaSettings defaults() {
        return new MedusaSettings(Duration.ofMinutes(55), 50, 10, 4, 100, 20_000, Duration.ofMinutes(5));
    }
}
