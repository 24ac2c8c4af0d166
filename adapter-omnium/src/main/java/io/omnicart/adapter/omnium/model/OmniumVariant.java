package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A product variant (reference §6): its own {@code skuId}, typed axes {@code size}/{@code color}, prices, stock. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumVariant(
        @Nullable String id,
        @Nullable String skuId,
        @Nullable String name,
        @Nullable String ean,
        @Nullable String size,
        @Nullable String color,
        @Nullable Boolean isVirtual,
        @Nullable List<OmniumPrice> prices,
        @Nullable List<OmniumProductInventory> inventory,
        @Nullable List<OmniumProperty> properties) {}
