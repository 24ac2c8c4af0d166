package io.omnicart.core.model;

import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An order not yet placed: Medusa draft order, Omnium cart. */
public record DraftOrder(
        String id,
        @Nullable String number,
        @Nullable String email,
        @Nullable CustomerRef customer,
        Currency currency,
        @Nullable String regionId,
        List<LineItem> lineItems,
        OrderTotals totals,
        @Nullable Address shippingAddress,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public DraftOrder {
        lineItems = List.copyOf(lineItems);
    }
}
