package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderForm;
import io.omnicart.adapter.omnium.model.OmniumOrderLine;
import io.omnicart.adapter.omnium.model.OmniumShipment;
import io.omnicart.core.model.Address;
import io.omnicart.core.model.CustomerRef;
import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.OrderTotals;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Omnium orders (reference §5.5) to the normalized {@link Order}: lines and totals from {@code orderForm}, the
 * delivery address from the first shipment (there is no order-level one), payment and fulfillment status derived
 * (§5.6), the status normalized by the tenant's {@link OmniumStatusRules}. Pure.
 */
public final class OmniumOrderMapper {

    private OmniumOrderMapper() {}

    public static Order toOrder(OmniumOrder order, OmniumStatusRules rules) {
        Currency currency = OmniumMoney.currency(order.billingCurrency());
        return new Order(
                require(order.id()),
                number(order),
                rules.normalize(order.orderType(), order.status(), order.tags()),
                order.status(),
                OmniumPaymentStatusMapper.paymentStatus(order.orderForm()),
                OmniumFulfillmentMapper.fulfillmentStatus(order, rules),
                email(order),
                customer(order),
                currency,
                totals(order.orderForm(), currency),
                lines(order).stream().map(line -> lineItem(line, currency)).toList(),
                shippingAddress(order),
                OmniumAddressMapper.toAddress(order.billingAddress()),
                shipments(order).stream()
                        .map(shipment -> OmniumShipmentMapper.toShipment(order, rules, shipment))
                        .filter(Objects::nonNull)
                        .toList(),
                OmniumTimelineMapper.timeline(order, rules),
                OmniumOrderNotes.cancelReason(order),
                OmniumTimes.parseOrEpoch(order.created()),
                updatedAt(order));
    }

    public static OrderSummary toSummary(OmniumOrder order, OmniumStatusRules rules) {
        return toOrder(order, rules).summary();
    }

    public static String number(OmniumOrder order) {
        String number = OmniumAddressMapper.blankToNull(order.orderNumber());
        return number == null ? require(order.id()) : number;
    }

    public static List<OmniumOrderLine> lines(OmniumOrder order) {
        OmniumOrderForm form = order.orderForm();
        return form == null || form.lineItems() == null ? List.of() : form.lineItems();
    }

    public static List<OmniumShipment> shipments(OmniumOrder order) {
        OmniumOrderForm form = order.orderForm();
        return form == null || form.shipments() == null ? List.of() : form.shipments();
    }

    public static @Nullable String email(OmniumOrder order) {
        String email = OmniumAddressMapper.blankToNull(order.customerEmail());
        if (email == null && order.billingAddress() != null) {
            email = OmniumAddressMapper.blankToNull(order.billingAddress().email());
        }
        return email;
    }

    /**
     * Omnium links every order to a customer record (its workflow gets or creates one, reference §8), so the link says
     * nothing about sign-up: a customer-club member id marks a registered customer, as {@code isCustomerClubMember}
     * does on the customer.
     */
    public static @Nullable CustomerRef customer(OmniumOrder order) {
        String id = OmniumAddressMapper.blankToNull(order.customerId());
        String name = OmniumAddressMapper.blankToNull(order.customerName());
        if (name == null && order.billingAddress() != null) {
            name = OmniumAddressMapper.toAddress(order.billingAddress()).name();
        }
        String email = email(order);
        if (id == null && name == null && email == null) {
            return null;
        }
        boolean member = OmniumAddressMapper.blankToNull(order.customerClubMemberId()) != null;
        return new CustomerRef(id, name, email, member ? CustomerType.REGISTERED : CustomerType.GUEST);
    }

    /** Subtotal and shipping before tax, as every adapter reports them; tax on its own, total with everything. */
    public static OrderTotals totals(@Nullable OmniumOrderForm form, Currency currency) {
        if (form == null) {
            Money zero = Money.zero(currency);
            return new OrderTotals(zero, zero, zero, zero, zero);
        }
        BigDecimal subtotal = form.subTotalExclTax() != null ? form.subTotalExclTax() : form.subTotal();
        BigDecimal shipping = form.shippingSubTotalExclTax() != null
                ? form.shippingSubTotalExclTax()
                : form.shippingTotal() != null ? form.shippingTotal() : form.shippingSubTotal();
        return new OrderTotals(
                OmniumMoney.money(subtotal, currency),
                OmniumMoney.money(shipping, currency),
                OmniumMoney.money(form.taxTotal(), currency),
                OmniumMoney.money(form.discountAmount(), currency),
                OmniumMoney.money(form.total(), currency));
    }

    /**
     * A line before tax, as every adapter reports it: the unit price is {@code placedPriceExclTax} (before discounts)
     * and the total {@code extendedPriceExclTax} (after them); where Omnium leaves those out, the tax-inclusive amounts
     * net of {@code taxRate}.
     */
    public static LineItem lineItem(OmniumOrderLine line, Currency currency) {
        String sku = line.code() != null ? line.code() : line.skuId();
        BigDecimal quantity = OmniumMoney.orZero(line.quantity());
        BigDecimal unit = line.placedPriceExclTax() != null
                ? line.placedPriceExclTax()
                : OmniumMoney.exclTax(line.placedPrice(), line.taxRate(), currency);
        BigDecimal total = line.extendedPriceExclTax() != null
                ? line.extendedPriceExclTax()
                : OmniumMoney.exclTax(grossTotal(line), line.taxRate(), currency);
        String title = OmniumAddressMapper.blankToNull(line.displayName());
        return new LineItem(
                require(line.lineItemId()),
                OmniumAddressMapper.blankToNull(line.productId()),
                sku,
                sku,
                title == null ? (sku == null ? line.lineItemId() : sku) : title,
                OmniumAddressMapper.join(line.size(), line.color()),
                OmniumAddressMapper.blankToNull(line.imageUrl()),
                quantity.intValue(),
                OmniumMoney.money(unit, currency),
                OmniumMoney.money(
                        total != null ? total : OmniumMoney.orZero(unit).multiply(quantity), currency));
    }

    private static @Nullable BigDecimal grossTotal(OmniumOrderLine line) {
        if (line.extendedPrice() != null) {
            return line.extendedPrice();
        }
        if (line.discountedPrice() != null) {
            return line.discountedPrice();
        }
        return line.placedPrice() == null ? null : line.placedPrice().multiply(OmniumMoney.orZero(line.quantity()));
    }

    private static @Nullable Address shippingAddress(OmniumOrder order) {
        return shipments(order).stream()
                .map(OmniumShipment::address)
                .filter(Objects::nonNull)
                .findFirst()
                .map(OmniumAddressMapper::toAddress)
                .orElse(null);
    }

    private static OffsetDateTime updatedAt(OmniumOrder order) {
        OffsetDateTime modified = OmniumTimes.parse(order.modified());
        return modified != null ? modified : OmniumTimes.parseOrEpoch(order.created());
    }

    private static String require(@Nullable String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an Omnium entity without an id");
        }
        return id;
    }
}
