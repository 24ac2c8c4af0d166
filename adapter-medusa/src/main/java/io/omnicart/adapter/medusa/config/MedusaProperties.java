package io.omnicart.adapter.medusa.config;

import io.omnicart.adapter.medusa.MedusaSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Medusa adapter ({@code omnicart.medusa.*}). Timeouts, retries and rate limits are the gateway's
 * ({@code omnicart.upstream.*}); these settings bound the work one adapter call may do upstream.
 *
 * @param enabled whether the adapter is registered at all
 * @param tokenTtl longest an admin JWT is cached (Medusa issues 24 h tokens; the token cache caps it as well)
 * @param scanBatch rows per upstream page while a search filters Medusa's loose {@code q} matches
 * @param maxScanPages upstream pages one filtered page may read before answering with a cursor
 * @param concurrency parallel upstream calls within one operation (overview pages, inventory writes)
 * @param overview revenue paging and the overview cache
 */
@Validated
@ConfigurationProperties("omnicart.medusa")
public record MedusaProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("55m") @NotNull Duration tokenTtl,
        @DefaultValue("50") @Min(1) @Max(100) int scanBatch,
        @DefaultValue("10") @Min(1) @Max(100) int maxScanPages,
        @DefaultValue("4") @Min(1) @Max(32) int concurrency,
        @DefaultValue @NotNull Overview overview) {

    /**
     * @param pageSize orders per page while summing revenue
     * @param maxOrders most orders summed for one overview
     * @param cacheTtl how long an overview is reused per account and window (0 turns the cache off)
     */
    public record Overview(
            @DefaultValue("100") @Min(1) @Max(500) int pageSize,
            @DefaultValue("20000") @Min(1) int maxOrders,
            @DefaultValue("5m") @NotNull Duration cacheTtl) {}

    public MedusaSettings settings() {
        return new MedusaSettings(
                tokenTtl,
                scanBatch,
                maxScanPages,
                concurrency,
                overview.pageSize(),
                overview.maxOrders(),
                overview.cacheTtl());
    }
}
