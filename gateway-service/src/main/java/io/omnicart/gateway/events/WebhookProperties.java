package io.omnicart.gateway.events;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook delivery ({@code omnicart.webhooks.*}): a failed delivery is retried after {@code initialBackoff}, doubling
 * with jitter up to {@code maxBackoff}, for {@code giveUpAfter}; then it is dead-lettered. One attempt may take
 * {@code timeout}.
 */
@Validated
@ConfigurationProperties("omnicart.webhooks")
public record WebhookProperties(
        @DefaultValue("1s") @NotNull Duration initialBackoff,
        @DefaultValue("1h") @NotNull Duration maxBackoff,
        @DefaultValue("24h") @NotNull Duration giveUpAfter,
        @DefaultValue("10s") @NotNull Duration timeout,
        @DefaultValue("30s") @NotNull Duration registryCacheTtl) {}
