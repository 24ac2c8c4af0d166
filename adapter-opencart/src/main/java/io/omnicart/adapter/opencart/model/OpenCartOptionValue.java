package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One value of a product option, with its own stock counter and its inventory key {@code <product_id>:<product_option_value_id>}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartOptionValue(
        long productOptionValueId,
        @Nullable String name,
        @Nullable Integer quantity,
        @Nullable Boolean subtract,
        @Nullable BigDecimal price,
        @Nullable String pricePrefix,
        @Nullable String sku,
        @Nullable String inventoryKey) {}
