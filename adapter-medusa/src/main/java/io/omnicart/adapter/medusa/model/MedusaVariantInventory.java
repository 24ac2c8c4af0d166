package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The link of a variant to an inventory item ({@code variants.inventory_items}), with the item. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaVariantInventory(
        @Nullable String inventoryItemId,
        @Nullable BigDecimal requiredQuantity,
        @Nullable MedusaInventoryItem inventory) {}
