package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One item of an {@code inventory.set} answer: what it resolved to and the quantity before and after. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartStockChange(
        int index,
        @Nullable String sku,
        @Nullable String target,
        @Nullable Long productId,
        @Nullable Long productOptionValueId,
        @Nullable Integer previousQuantity,
        @Nullable Integer quantity) {}
