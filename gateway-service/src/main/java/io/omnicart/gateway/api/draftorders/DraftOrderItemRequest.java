package io.omnicart.gateway.api.draftorders;

import io.omnicart.core.model.DraftOrderItem;
import io.omnicart.gateway.api.validation.Checks;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One line of a new draft order: exactly one of {@code variantId} and {@code sku}. */
@Schema(name = "DraftOrderItemRequest", description = "Give exactly one of variantId and sku.")
public record DraftOrderItemRequest(
        @Schema(description = "Variant to order.", example = "variant_01HQ3W5N7P")
        @Pattern(regexp = Checks.ID_PATTERN, message = Checks.ID_MESSAGE)
        @Nullable
        String variantId,

        @Schema(description = "SKU to order.", example = "LIN-SHIRT-M-WHT") @Size(min = 1, max = 100) @Nullable
        String sku,

        @Schema(description = "Units to order.", example = "2") @NotNull @Min(1) @Max(10_000)
        Integer quantity) {

    void checkRules(Checks checks, String field) {
        checks.require((variantId == null) != (sku == null), field, "give exactly one of variantId, sku");
    }

    DraftOrderItem toItem() {
        return new DraftOrderItem(variantId, sku == null ? null : sku.strip(), quantity);
    }
}
