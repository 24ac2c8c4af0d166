package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A price (reference §6): per market (and optionally store, customer group, price list), in {@code currencyCode}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumPrice(
        @Nullable BigDecimal unitPrice,
        @Nullable BigDecimal originalUnitPrice,
        @Nullable String currencyCode,
        @Nullable String marketId,
        @Nullable String storeId,
        @Nullable String customerId,
        @Nullable String customerGroup,
        @Nullable String priceListId) {}
