package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One order line; {@code sku} is the product's current SKU (OpenCart keeps none on the line), money in the store's default currency. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartOrderLine(
        long orderProductId,
        @Nullable Long productId,
        @Nullable Long masterId,
        @Nullable String name,
        @Nullable String model,
        @Nullable String sku,
        int quantity,
        @Nullable BigDecimal price,
        @Nullable BigDecimal total,
        @Nullable BigDecimal tax,
        @Nullable List<OpenCartOrderOption> options) {}
