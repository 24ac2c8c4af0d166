package io.omnicart.adapter.opencart.config;

import io.omnicart.adapter.opencart.OpenCartSettingsValues;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The OpenCart adapter ({@code omnicart.opencart.*}). Timeouts, retries and rate limits are the gateway's
 * ({@code omnicart.upstream.*}); these settings bound the work of one adapter call.
 *
 * @param enabled whether the adapter is registered at all
 * @param sessionTtl longest a native API session is cached; keep it under 24 min (3.0 sessions die after ~24 min idle)
 * @param pageSize bridge rows per page while the adapter filters a search itself
 * @param maxScanPages bridge pages one searched page may read before answering with a cursor
 * @param skuMatch the product column a plain SKU matches in inventory calls: {@code sku} or {@code model}
 */
@Validated
@ConfigurationProperties("omnicart.opencart")
public record OpenCartProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20m") @NotNull Duration sessionTtl,
        @DefaultValue("250") @Min(1) @Max(250) int pageSize,
        @DefaultValue("20") @Min(1) @Max(200) int maxScanPages,

        @DefaultValue("sku") @NotNull @Pattern(regexp = "sku|model")
        String skuMatch) {

    public OpenCartSettingsValues settings() {
        return new OpenCartSettingsValues(sessionTtl, pageSize, maxScanPages, skuMatch);
    }
}
