package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An inventory record (reference §6): {@code sku} at {@code warehouseCode}; {@code inventory} is on hand, {@code
 * reservedInventory} held for orders. Also the body item of {@code PUT /api/Inventory/UpdateMany}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OmniumInventoryItem(
        @Nullable String sku,
        @Nullable String warehouseCode,
        @Nullable BigDecimal inventory,
        @Nullable BigDecimal reservedInventory) {}
