package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A 4.0 variant as its master lists it: its own product row, SKU and stock; {@code variant} maps product_option_id to product_option_value_id. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartVariantRef(
        long productId,
        @Nullable String sku,
        @Nullable String model,
        @Nullable Integer quantity,
        @Nullable Boolean status,
        @Nullable Map<String, Object> variant) {}
