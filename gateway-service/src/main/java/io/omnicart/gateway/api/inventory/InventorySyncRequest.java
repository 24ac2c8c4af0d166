package io.omnicart.gateway.api.inventory;

import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.gateway.api.validation.CheckedBody;
import io.omnicart.gateway.api.validation.Checks;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Body of {@code PUT /inventory}: absolute stock levels by SKU; each SKU (per location) at most once. */
@Schema(name = "InventorySyncRequest")
public record InventorySyncRequest(
        @Schema(description = "1 to 1,000 items; a SKU may appear once per location.")
        @NotNull
        @Size(min = 1, max = InventorySyncCommand.MAX_ITEMS)
        List<@NotNull @Valid InventoryItemRequest> items)
        implements CheckedBody {

    @Override
    public void checkRules(Checks checks) {
        if (items == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            InventoryItemRequest item = items.get(i);
            if (item != null && item.sku() != null && !seen.add(item.sku().strip() + '\n' + item.locationId())) {
                checks.reject(
                        "items[" + i + "].sku", "duplicate SKU '" + item.sku().strip() + "'");
            }
        }
    }

    InventorySyncCommand toCommand() {
        return new InventorySyncCommand(items.stream()
                .filter(Objects::nonNull)
                .map(InventoryItemRequest::toItem)
                .toList());
    }
}
