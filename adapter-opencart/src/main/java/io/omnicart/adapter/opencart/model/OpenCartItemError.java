package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One refused item of a 422 {@code validation_failed} answer ({@code sku_not_found}, {@code sku_ambiguous}, …). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartItemError(
        int index,
        @Nullable String sku,
        @Nullable String code,
        @Nullable String message) {}
