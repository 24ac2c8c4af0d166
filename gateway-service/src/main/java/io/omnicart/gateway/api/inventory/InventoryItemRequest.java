package io.omnicart.gateway.api.inventory;

import io.omnicart.core.model.InventoryItem;
import io.omnicart.gateway.api.validation.Checks;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One SKU's absolute stock level. */
@Schema(name = "InventoryItemRequest")
public record InventoryItemRequest(
        @Schema(description = "The SKU to update.", example = "LIN-SHIRT-M-WHT") @NotBlank @Size(max = 100)
        String sku,

        @Schema(description = "The new absolute stock level.", example = "42") @NotNull @Min(0) @Max(1_000_000_000)
        Integer quantity,

        @Schema(description = "Stock location; omit for the store's default location.", example = "sloc_01HQ3W")
        @Pattern(regexp = Checks.ID_PATTERN, message = Checks.ID_MESSAGE)
        @Nullable
        String locationId) {

    InventoryItem toItem() {
        return new InventoryItem(sku.strip(), quantity, locationId);
    }
}
