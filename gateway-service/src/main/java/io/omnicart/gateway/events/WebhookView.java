package io.omnicart.gateway.events;

import io.omnicart.core.port.Webhook;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A webhook as the API shows it; {@code secret} only in the answer that created it. */
@Schema(name = "Webhook")
public record WebhookView(
        @Schema(example = "wh_0c4f8e2a9b7d4e51a3c6f0b2d8e9a1c4")
        String id,

        String url,

        @Schema(description = "Event types delivered; empty: all.")
        List<String> types,

        Instant createdAt,

        @Schema(description = "The signing secret: shown once, when the webhook is created; null afterwards.") @Nullable
        String secret) {

    static WebhookView of(Webhook webhook, boolean withSecret) {
        return new WebhookView(
                webhook.id(),
                webhook.url().toString(),
                webhook.types().stream().sorted().toList(),
                webhook.createdAt(),
                withSecret ? webhook.secret().reveal() : null);
    }
}
