package io.omnicart.gateway.events;

import io.omnicart.core.port.WebhookFailure;
import java.time.Instant;

/** An event a webhook did not take within the retry period. */
public record WebhookFailureView(String eventId, String accountId, int attempts, String lastError, Instant failedAt) {

    static WebhookFailureView of(WebhookFailure failure) {
        return new WebhookFailureView(
                failure.eventId(), failure.accountId(), failure.attempts(), failure.lastError(), failure.failedAt());
    }
}
