package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order (reference §5.5). Dates stay text: unset non-nullable dates arrive as {@code 0001-01-01T00:00:00} without
 * an offset, so the mapper parses them leniently. Totals live in {@code orderForm}; the top-level duplicates are
 * obsolete. There is no top-level shipping address: each shipment has its own.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumOrder(
        @Nullable String id,
        @Nullable String orderNumber,
        @Nullable String status,
        @Nullable String orderType,
        @Nullable String marketId,
        @Nullable String storeId,
        @Nullable String customerId,
        @Nullable String customerName,
        @Nullable String customerEmail,
        @Nullable String customerPhone,
        @Nullable String customerType,
        @Nullable String customerClubMemberId,
        @Nullable String billingCurrency,
        @Nullable OmniumOrderAddress billingAddress,
        @Nullable OmniumOrderForm orderForm,
        @Nullable String created,
        @Nullable String modified,
        @Nullable String completed,
        @Nullable BigDecimal remainingPayment,
        @Nullable List<String> tags,
        @Nullable List<OmniumProperty> properties,
        @Nullable List<OmniumComment> orderNotes,
        @Nullable Boolean isReadOnly) {}
