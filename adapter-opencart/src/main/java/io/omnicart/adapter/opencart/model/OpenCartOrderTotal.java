package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One row of an order's totals ({@code sub_total}, {@code shipping}, {@code tax}, {@code coupon}, … {@code total}). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartOrderTotal(
        @Nullable String code,
        @Nullable String title,
        @Nullable BigDecimal value) {}
