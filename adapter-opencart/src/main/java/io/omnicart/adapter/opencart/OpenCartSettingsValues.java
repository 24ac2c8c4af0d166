package io.omnicart.adapter.opencart;

import java.time.Duration;

/**
 * How the adapter works per call.
 *
 * @param sessionTtl longest a native API session is cached (3.0 sessions die after ~24 min idle, reference §4)
 * @param pageSize bridge rows read per page while the adapter filters a search itself (1–250)
 * @param maxScanPages bridge pages one searched page may read before it answers with a cursor
 * @param skuMatch which product column a plain SKU matches in inventory calls: {@code sku} or {@code model}
 */
public record OpenCartSettingsValues(Duration sessionTtl, int pageSize, int maxScanPages, String skuMatch) {

    public static OpenCartSettingsValues defaults() {
        return new OpenCartSettingsValues(Duration.ofMinutes(20), 250, 20, "sku");
    }
}
