package io.omnicart.gateway.cache;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The response cache of store GETs ({@code omnicart.cache.type} picks in-process or Redis). {@code revalidateAfter} is
 * the share of an overview's TTL after which one request refreshes it while the others are still served the entry.
 * {@code generationCacheTtl} (Redis only) is how long an instance keeps an account's generation in process: a write
 * through another instance is seen by this one's lookups at most that long later ({@code 0s}: ask Redis every time).
 */
@Validated
@ConfigurationProperties("omnicart.response-cache")
public record ResponseCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue @Valid Ttl ttl,
        @DefaultValue("10000") @Positive long maxEntries,
        @DefaultValue("1048576") @Positive int maxBodyBytes,

        @DefaultValue("0.8") @DecimalMin("0.1") @DecimalMax("1.0")
        double revalidateAfter,

        @DefaultValue("omnicart:") @NotBlank String redisKeyPrefix,
        @DefaultValue("1s") @NotNull Duration generationCacheTtl) {

    /** How long each kind of resource is served from the cache. */
    public record Ttl(
            @DefaultValue("30s") @NotNull Duration lists,
            @DefaultValue("30s") @NotNull Duration details,
            @DefaultValue("10m") @NotNull Duration settings,
            @DefaultValue("5m") @NotNull Duration overview,
            @DefaultValue("10m") @NotNull Duration capabilities) {

        Duration of(ResourceKind kind) {
            return switch (kind) {
                case LIST -> lists;
                case DETAIL -> details;
                case SETTINGS -> settings;
                case OVERVIEW -> overview;
                case CAPABILITIES -> capabilities;
            };
        }
    }
}
