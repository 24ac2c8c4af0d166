package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An order or draft-order line; amounts in major units (reference §1.1). {@code unitPrice} is as the price list holds
 * it, with tax when {@code isTaxInclusive}; {@code subtotal} is the line before tax and discounts, {@code total} after
 * both, {@code taxTotal} its tax.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaLineItem(
        @Nullable String id,
        @Nullable String title,
        @Nullable String subtitle,
        @Nullable String thumbnail,
        @Nullable String productId,
        @Nullable String variantId,
        @Nullable String variantSku,
        @Nullable String variantTitle,
        @Nullable BigDecimal quantity,
        @Nullable BigDecimal unitPrice,
        @Nullable BigDecimal subtotal,
        @Nullable BigDecimal total,
        @Nullable BigDecimal taxTotal,
        @Nullable Boolean isTaxInclusive,
        @Nullable MedusaLineItemDetail detail) {}
