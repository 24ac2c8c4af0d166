package io.omnicart.gateway.api.orders;

import io.omnicart.core.model.CancelOrderCommand;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST /orders/{orderId}/cancel}; the whole body is optional. */
@Schema(name = "CancelOrderRequest", description = "Why the order is cancelled; the store keeps the reason.")
public record CancelOrderRequest(
        @Schema(description = "Kept on the store (metadata, comment or history).", example = "Customer asked to cancel")
        @Size(max = 500)
        @Nullable
        String reason) {

    CancelOrderCommand toCommand() {
        return new CancelOrderCommand(reason == null || reason.isBlank() ? null : reason.strip());
    }
}
