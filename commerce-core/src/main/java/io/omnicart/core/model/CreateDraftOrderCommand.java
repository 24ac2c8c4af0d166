package io.omnicart.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Create a draft order for an e-mail or a customer, in a currency or a region. */
public record CreateDraftOrderCommand(
        @Nullable String email,
        @Nullable String customerId,
        @Nullable String currency,
        @Nullable String regionId,
        List<DraftOrderItem> items) {

    public CreateDraftOrderCommand {
        items = List.copyOf(items);
    }
}
