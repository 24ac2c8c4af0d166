package io.omnicart.gateway.events;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A webhook to register: where to deliver and which event types (all when omitted or empty). */
public record WebhookRequest(
        @Schema(
                description = "https URL of the receiver; private, loopback and metadata addresses are refused.",
                example = "https://hooks.example.com/omnicart")
        @Nullable
        String url,

        @Schema(description = "Event types to deliver; all when omitted.", example = "[\"order.created\"]") @Nullable
        List<String> types) {}
