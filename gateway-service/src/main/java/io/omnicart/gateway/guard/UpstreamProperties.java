package io.omnicart.gateway.guard;

import io.omnicart.core.model.Platform;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The upstream guard, per platform ({@code omnicart.upstream.<platform>.*}), plus the HTTP client limits and how many
 * per-account breakers/bulkheads are kept. Omnium's documented limits are set in {@code application.yml}.
 */
@Validated
@ConfigurationProperties("omnicart.upstream")
public record UpstreamProperties(
        @DefaultValue @Valid Policy medusa,
        @DefaultValue @Valid Policy omnium,
        @DefaultValue @Valid Policy opencart,
        @DefaultValue @Valid Policy demo,
        @DefaultValue @Valid Http http,
        @DefaultValue @Valid Accounts accounts) {

    public Policy policy(Platform platform) {
        return switch (platform) {
            case MEDUSA -> medusa;
            case OMNIUM -> omnium;
            case OPENCART -> opencart;
            case DEMO -> demo;
        };
    }

    public record Policy(
            @DefaultValue @Valid Retry retry,
            @DefaultValue @Valid Timeouts timeout,
            @DefaultValue @Valid Breaker circuitBreaker,
            @DefaultValue @Valid Bulkhead bulkhead,
            @DefaultValue @Valid RateShaper rateLimit) {}

    /** Attempts include the first call; a {@code Retry-After} longer than {@code maxRetryAfter} fails fast (429). */
    public record Retry(
            @DefaultValue("3") @Min(1) int maxAttempts,
            @DefaultValue("200ms") @NotNull Duration initialBackoff,
            @DefaultValue("2.0") @DecimalMin("1.0") double multiplier,
            @DefaultValue("5s") @NotNull Duration maxBackoff,

            @DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0")
            double jitter,

            @DefaultValue("30s") @NotNull Duration maxRetryAfter,

            @DefaultValue("0.1") @DecimalMin("0.0") @DecimalMax("1.0")
            double retryAfterJitter) {}

    public record Timeouts(
            @DefaultValue("10s") @NotNull Duration attempt,
            @DefaultValue("45s") @NotNull Duration deadline) {}

    public record Breaker(
            @DefaultValue("50") @DecimalMin("1") @DecimalMax("100")
            float failureRateThreshold,

            @DefaultValue("20") @Min(1) int slidingWindowSize,
            @DefaultValue("10") @Min(1) int minimumCalls,
            @DefaultValue("30s") @NotNull Duration waitInOpen,
            @DefaultValue("3") @Min(1) int halfOpenCalls) {}

    /**
     * Concurrent calls per upstream account; a call waits up to {@code maxWait} for a slot, in arrival order, with at
     * most {@code maxQueued} calls waiting per account (more are refused at once).
     */
    public record Bulkhead(
            @DefaultValue("32") @Min(1) int maxConcurrent,
            @DefaultValue("5s") @NotNull Duration maxWait,
            @DefaultValue("256") @Min(0) int maxQueued) {}

    /**
     * A token bucket per upstream account, shared by the fleet through Redis: {@code capacity} requests, refilled by
     * {@code refillTokens} every {@code refillPeriod}; a request waits up to {@code maxWait} for a token.
     */
    public record RateShaper(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("1000") @Positive long capacity,
            @DefaultValue("100") @Positive long refillTokens,
            @DefaultValue("1s") @NotNull Duration refillPeriod,
            @DefaultValue("8s") @NotNull Duration maxWait) {

        public BucketSpec spec() {
            return new BucketSpec(capacity, refillTokens, refillPeriod);
        }
    }

    /** Reactor Netty client limits for every adapter {@code WebClient}. */
    public record Http(
            @DefaultValue("5s") @NotNull Duration connectTimeout,
            @DefaultValue("30s") @NotNull Duration responseTimeout,
            @DefaultValue("16MB") @NotNull DataSize maxBodySize) {}

    /** Per-account breakers, bulkheads and buckets are dropped after {@code idleEviction} without calls. */
    public record Accounts(
            @DefaultValue("30m") @NotNull Duration idleEviction,
            @DefaultValue("10000") @Positive long maxAccounts) {}
}
