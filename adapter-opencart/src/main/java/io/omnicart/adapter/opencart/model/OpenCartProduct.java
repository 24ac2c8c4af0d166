package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A product as the bridge serves it (PROTOCOL.md §4.5); price in the store's default currency. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartProduct(
        long productId,
        @Nullable Long masterId,
        @Nullable Boolean isVariant,
        @Nullable String model,
        @Nullable String seoKeyword,
        @Nullable String sku,
        @Nullable String upc,
        @Nullable String ean,
        @Nullable String name,
        @Nullable String description,
        @Nullable Integer quantity,
        @Nullable Boolean subtract,
        @Nullable BigDecimal price,
        @Nullable Boolean status,
        @Nullable OpenCartImage image,
        @Nullable List<Long> categoryIds,
        @Nullable List<OpenCartProductOption> options,
        @Nullable List<OpenCartVariantRef> variants,
        @Nullable OffsetDateTime dateAdded,
        @Nullable OffsetDateTime dateModified) {}
