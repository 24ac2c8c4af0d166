package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Stock of an inventory item at one location. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaInventoryLevel(
        @Nullable String id,
        @Nullable String locationId,
        @Nullable BigDecimal stockedQuantity,
        @Nullable BigDecimal reservedQuantity,
        @Nullable BigDecimal availableQuantity) {}
