package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A variant price; {@code rules} is empty for a plain currency price (reference §7). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaPrice(
        @Nullable BigDecimal amount,
        @Nullable String currencyCode,
        @Nullable BigDecimal minQuantity,
        @Nullable BigDecimal maxQuantity,
        @Nullable Map<String, Object> rules) {}
