package io.omnicart.gateway.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The change feed ({@code omnicart.events.*}). An account is polled every {@code pollInterval} while it is in use (API
 * traffic or an SSE subscriber within {@code idleAfter}), else every {@code idleInterval}. Each delta query re-reads
 * {@code overlap} before the watermark (equal timestamps, clock skew); repeats are recognised by their version. The
 * first poll of an account reads what changed within {@code baselineWindow} without reporting it, so a later update
 * of those resources can say what moved from what. A poll
 * reads at most {@code maxPages} pages of {@code batch} per resource. Events are kept for {@code retention} (at most
 * {@code maxEventsPerWorkspace}) for SSE resumption.
 */
@Validated
@ConfigurationProperties("omnicart.events")
public record FeedProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("15s") @NotNull Duration pollInterval,
        @DefaultValue("5m") @NotNull Duration idleInterval,
        @DefaultValue("10m") @NotNull Duration idleAfter,
        @DefaultValue("5s") @NotNull Duration overlap,
        @DefaultValue("7d") @NotNull Duration baselineWindow,
        @DefaultValue("100") @Min(1) @Max(100) int batch,
        @DefaultValue("10") @Positive int maxPages,
        @DefaultValue("4") @Positive int concurrency,
        @DefaultValue("24h") @NotNull Duration retention,
        @DefaultValue("100000") @Positive int maxEventsPerWorkspace,
        @DefaultValue("15s") @NotNull Duration heartbeat,
        @DefaultValue("1s") @NotNull Duration tick) {}
