package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A product variant with its prices, option values and (when requested) inventory links. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaVariant(
        @Nullable String id,
        @Nullable String title,
        @Nullable String sku,
        @Nullable String barcode,
        @Nullable Boolean manageInventory,
        @Nullable BigDecimal inventoryQuantity,
        @Nullable List<MedusaPrice> prices,
        @Nullable List<MedusaOptionValue> options,
        @Nullable List<MedusaVariantInventory> inventoryItems) {}
