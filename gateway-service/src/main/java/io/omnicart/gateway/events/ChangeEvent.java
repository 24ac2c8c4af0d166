package io.omnicart.gateway.events;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One change of one store resource, as SSE subscribers and webhooks receive it. */
@Schema(description = "A change of one store resource. The same upstream change always has the same id.")
public record ChangeEvent(
        @Schema(
                description = "Stable id: redelivery and overlapping polls repeat it, never a different one.",
                example = "evt_4q2m8c1z7k3v9x0b5n6p8r2t4w")
        String id,

        @Schema(
                description = "What happened.",
                allowableValues = {
                    "order.created",
                    "order.updated",
                    "product.created",
                    "product.updated",
                    "inventory.changed",
                    "customer.created",
                    "customer.updated",
                    "draft_order.created",
                    "draft_order.converted"
                })
        String type,

        @Schema(example = "acc_01JD5V0B9M") String accountId,
        @Schema(example = "medusa") String platform,
        EventResource resource,

        @Schema(description = "The store's modification time of this change.")
        Instant occurredAt,

        @Schema(description = "When the gateway noticed it.")
        Instant detectedAt,

        @Schema(
                description = "order.updated: the fields that moved (status, paymentStatus, fulfillmentStatus,"
                        + " items, totals), from → to where known; inventory.changed: quantity.")
        @Nullable
        Map<String, FieldChange> changes,

        @Schema(
                description = "The normalized resource as read when the change was detected: an order summary,"
                        + " product, customer, draft order or inventory level.")
        Object data) {}
