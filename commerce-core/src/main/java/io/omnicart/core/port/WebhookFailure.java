package io.omnicart.core.port;

import java.time.Instant;

/** An event a webhook could not take within the retry period: kept for inspection and redelivery. */
public record WebhookFailure(
        String webhookId,
        String eventId,
        String accountId,
        String body,
        int attempts,
        String lastError,
        Instant failedAt) {}
