package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.core.model.Address;
import io.omnicart.core.model.DraftOrder;
import java.util.Currency;

/**
 * Omnium carts (reference §9: a cart inherits the order model) as draft orders: lines and totals as for orders, the
 * market as region, the delivery address of its shipment (or its billing address when it has no shipment yet). Pure.
 */
public final class OmniumDraftOrderMapper {

    private OmniumDraftOrderMapper() {}

    public static DraftOrder toDraftOrder(OmniumOrder cart) {
        Currency currency = OmniumMoney.currency(cart.billingCurrency());
        Address shipping = OmniumOrderMapper.shipments(cart).stream()
                .filter(shipment -> shipment.address() != null)
                .findFirst()
                .map(shipment -> OmniumAddressMapper.toAddress(shipment.address()))
                .orElseGet(() -> OmniumAddressMapper.toAddress(cart.billingAddress()));
        return new DraftOrder(
                cart.id() == null ? "" : cart.id(),
                OmniumAddressMapper.blankToNull(cart.orderNumber()),
                OmniumOrderMapper.email(cart),
                OmniumOrderMapper.customer(cart),
                currency,
                OmniumAddressMapper.blankToNull(cart.marketId()),
                OmniumOrderMapper.lines(cart).stream()
                        .map(line -> OmniumOrderMapper.lineItem(line, currency))
                        .toList(),
                OmniumOrderMapper.totals(cart.orderForm(), currency),
                shipping,
                OmniumTimes.parseOrEpoch(cart.created()),
                OmniumTimes.parseOrEpoch(cart.modified() != null ? cart.modified() : cart.created()));
    }
}
