package io.omnicart.gateway.api.orders;

import io.omnicart.core.model.ShipmentItem;
import io.omnicart.gateway.api.validation.Checks;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One line of a shipment. */
@Schema(name = "ShipmentItemRequest")
public record ShipmentItemRequest(
        @Schema(description = "Id of the order's line item.", example = "item_01HQ3W3V9Q")
        @NotNull
        @Pattern(regexp = Checks.ID_PATTERN, message = Checks.ID_MESSAGE)
        String lineItemId,

        @Schema(description = "How many units of the line ship.", example = "1") @NotNull @Min(1)
        Integer quantity) {

    ShipmentItem toItem() {
        return new ShipmentItem(lineItemId, quantity);
    }
}
