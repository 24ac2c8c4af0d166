package io.omnicart.core.model;

import java.time.OffsetDateTime;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** An order as lists show it: no timeline, no line-item detail beyond the item count. */
public record OrderSummary(
        String id,
        String number,
        OrderStatus status,
        @Nullable String platformStatus,
        PaymentStatus paymentStatus,
        FulfillmentStatus fulfillmentStatus,
        @Nullable String email,
        @Nullable CustomerRef customer,
        Currency currency,
        OrderTotals totals,
        int itemCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
