package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An order line (reference §5.5): {@code code} is the SKU; {@code placedPrice} the unit price before discounts, with
 * tax at {@code taxRate} percent ({@code placedPriceExclTax} without); {@code extendedPrice} the line after discounts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumOrderLine(
        @Nullable String lineItemId,
        @Nullable String code,
        @Nullable String skuId,
        @Nullable String productId,
        @Nullable String displayName,
        @Nullable String size,
        @Nullable String color,
        @Nullable String imageUrl,
        @Nullable BigDecimal quantity,
        @Nullable BigDecimal canceledQuantity,
        @Nullable BigDecimal deliveredQuantity,
        @Nullable BigDecimal returnQuantity,
        @Nullable BigDecimal placedPrice,
        @Nullable BigDecimal placedPriceExclTax,
        @Nullable BigDecimal discountedPrice,
        @Nullable BigDecimal extendedPrice,
        @Nullable BigDecimal extendedPriceExclTax,
        @Nullable BigDecimal taxRate,
        @Nullable String cancelReason,
        @Nullable String canceledDate,
        @Nullable String deliveredDate) {}
