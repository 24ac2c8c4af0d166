package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.mapping.MedusaOrderMapper.list;

import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.core.model.DraftOrder;
import java.util.Currency;

/** Medusa draft orders: rows of the order table with {@code status: draft} (reference §6). */
public final class MedusaDraftOrderMapper {

    private MedusaDraftOrderMapper() {}

    public static DraftOrder toDraftOrder(MedusaOrder draft) {
        Currency currency = MedusaMoney.currency(draft.currencyCode());
        return new DraftOrder(
                draft.id(),
                MedusaOrderMapper.number(draft),
                MedusaOrderMapper.email(draft),
                MedusaOrderMapper.customer(draft),
                currency,
                draft.regionId(),
                list(draft.items()).stream()
                        .map(item -> MedusaOrderMapper.lineItem(item, currency))
                        .toList(),
                MedusaOrderMapper.totals(draft, currency),
                MedusaAddressMapper.toAddress(draft.shippingAddress()),
                draft.createdAt(),
                draft.updatedAt() == null ? draft.createdAt() : draft.updatedAt());
    }
}
