package io.omnicart.gateway.tokencache;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where upstream tokens (and the shared rate-limit buckets) live, and how long tokens are kept. {@code type} is {@code
 * in-memory} (embedded default, one instance) or {@code redis} (shared by the fleet).
 */
@Validated
@ConfigurationProperties("omnicart.cache")
public record TokenCacheProperties(
        @DefaultValue("in-memory") @NotNull Type type,
        @DefaultValue("60s") @NotNull Duration expirySkew,
        @DefaultValue("100000") @Positive long maxEntries,
        @DefaultValue @Valid PlatformCaps tokenTtlCap,
        @DefaultValue @Valid Redis redis) {

    public enum Type {
        IN_MEMORY,
        REDIS
    }

    /** The longest a platform's token is cached, whatever its own expiry says. */
    public record PlatformCaps(
            @DefaultValue("55m") @NotNull Duration medusa,
            @DefaultValue("10d") @NotNull Duration omnium,
            @DefaultValue("20m") @NotNull Duration opencart) {

        /** The cap of a purpose named {@code <platform>:<name>}, or null for other purposes. */
        Duration forPurpose(String purpose) {
            int colon = purpose.indexOf(':');
            String platform = colon < 0 ? "" : purpose.substring(0, colon);
            return switch (platform) {
                case "medusa" -> medusa;
                case "omnium" -> omnium;
                case "opencart" -> opencart;
                default -> null;
            };
        }
    }

    /**
     * Redis keys, the fleet-wide login lock and how long waiters wait for another instance's login; when Redis counts
     * as down ({@code failureThreshold} failed or slower-than-{@code commandTimeout} commands in a row) and how often
     * it is then probed ({@code retryInterval}).
     */
    public record Redis(
            @DefaultValue("omnicart:") @NotBlank String keyPrefix,
            @DefaultValue("10s") @NotNull Duration lockTtl,
            @DefaultValue("15s") @NotNull Duration loginWait,
            @DefaultValue("50ms") @NotNull Duration pollInterval,
            @DefaultValue("1s") @NotNull Duration commandTimeout,
            @DefaultValue("5s") @NotNull Duration retryInterval,
            @DefaultValue("3") @Min(1) int failureThreshold) {}
}
