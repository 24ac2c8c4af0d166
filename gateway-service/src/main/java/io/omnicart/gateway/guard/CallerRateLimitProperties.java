package io.omnicart.gateway.guard;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The per-workspace limit on {@code /v1} calls: a token bucket of {@code capacity} (the burst) refilled by {@code
 * refillTokens} every {@code refillPeriod} (the sustained rate): by default 20 requests/s with bursts of 40.
 */
@Validated
@ConfigurationProperties("omnicart.ratelimit.caller")
public record CallerRateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("40") @Positive long capacity,
        @DefaultValue("20") @Positive long refillTokens,
        @DefaultValue("1s") @NotNull Duration refillPeriod) {

    public BucketSpec spec() {
        return new BucketSpec(capacity, refillTokens, refillPeriod);
    }
}
