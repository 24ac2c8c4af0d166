package io.omnicart.adapter.omnium.config;

import io.omnicart.adapter.omnium.OmniumSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Omnium adapter ({@code omnicart.omnium.*}). Timeouts, retries and rate limits are the gateway's ({@code
 * omnicart.upstream.*}); these settings bound the work one adapter call may do upstream.
 *
 * @param enabled whether the adapter is registered at all
 * @param tokenTtl longest an access token is cached (Omnium issues 10-day tokens; the token cache caps it as well)
 * @param tokenSkew how long before its expiry a token is dropped
 * @param scanBatch rows per upstream page while a search filters Omnium's looser matches
 * @param maxScanPages upstream pages one filtered page may read before answering with a cursor
 * @param concurrency parallel upstream calls within one operation (1: one adapter call is one upstream request at a
 *     time, so the gateway's bulkhead of 20 per account keeps Omnium's per-user limit)
 * @param inventoryBatch items per {@code Inventory/UpdateMany} call (Omnium's limit is 1,000)
 * @param orderTypesTtl how long the tenant's order-type configuration is reused per account
 * @param overview revenue scrolling and the overview cache
 */
@Validated
@ConfigurationProperties("omnicart.omnium")
public record OmniumProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10d") @NotNull Duration tokenTtl,
        @DefaultValue("5m") @NotNull Duration tokenSkew,
        @DefaultValue("100") @Min(1) @Max(100) int scanBatch,
        @DefaultValue("10") @Min(1) @Max(100) int maxScanPages,
        @DefaultValue("1") @Min(1) @Max(16) int concurrency,
        @DefaultValue("1000") @Min(1) @Max(1000) int inventoryBatch,
        @DefaultValue("10m") @NotNull Duration orderTypesTtl,
        @DefaultValue @NotNull Overview overview) {

    /**
     * @param batch orders per scroll batch while summing revenue
     * @param maxOrders most orders summed for one overview
     * @param cacheTtl how long an overview is reused per account and window (0 turns the cache off)
     */
    public record Overview(
            @DefaultValue("1000") @Min(1) @Max(1000) int batch,
            @DefaultValue("50000") @Min(1) int maxOrders,
            @DefaultValue("5m") @NotNull Duration cacheTtl) {}

    public OmniumSettings settings() {
        return new OmniumSettings(
                tokenTtl,
                tokenSkew,
                scanBatch,
                maxScanPages,
                concurrency,
                inventoryBatch,
                orderTypesTtl,
                overview.batch(),
                overview.maxOrders(),
                overview.cacheTtl());
    }
}
