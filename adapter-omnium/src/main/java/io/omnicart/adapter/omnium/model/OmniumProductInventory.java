package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Calculated stock on a product or variant, per warehouse ({@code [{warehouseCode, quantity}]}, reference §6). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumProductInventory(
        @Nullable String warehouseCode, @Nullable BigDecimal quantity) {}
