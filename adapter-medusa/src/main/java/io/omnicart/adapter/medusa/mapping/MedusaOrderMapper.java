package io.omnicart.adapter.medusa.mapping;

import io.omnicart.adapter.medusa.model.MedusaFulfillment;
import io.omnicart.adapter.medusa.model.MedusaLabel;
import io.omnicart.adapter.medusa.model.MedusaLineItem;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaOrderChange;
import io.omnicart.adapter.medusa.model.MedusaOrderCustomer;
import io.omnicart.core.model.CustomerRef;
import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.OrderTotals;
import io.omnicart.core.model.Shipment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Medusa orders (reference §5.5) to the normalized {@link Order} and {@link OrderSummary}. Pure. */
public final class MedusaOrderMapper {

    private MedusaOrderMapper() {}

    public static Order toOrder(MedusaOrder order, List<MedusaOrderChange> changes) {
        Currency currency = MedusaMoney.currency(order.currencyCode());
        return new Order(
                order.id(),
                number(order),
                MedusaStatusMapper.orderStatus(order.status()),
                order.status(),
                MedusaStatusMapper.paymentStatus(order.paymentStatus()),
                MedusaStatusMapper.fulfillmentStatus(order.fulfillmentStatus()),
                email(order),
                customer(order),
                currency,
                totals(order, currency),
                list(order.items()).stream()
                        .map(item -> lineItem(item, currency))
                        .toList(),
                MedusaAddressMapper.toAddress(order.shippingAddress()),
                MedusaAddressMapper.toAddress(order.billingAddress()),
                shipments(order),
                MedusaTimelineMapper.timeline(order, changes),
                MedusaOrderMetadata.cancelReason(order),
                order.createdAt(),
                updatedAt(order));
    }

    public static OrderSummary toSummary(MedusaOrder order) {
        Currency currency = MedusaMoney.currency(order.currencyCode());
        return new OrderSummary(
                order.id(),
                number(order),
                MedusaStatusMapper.orderStatus(order.status()),
                order.status(),
                MedusaStatusMapper.paymentStatus(order.paymentStatus()),
                MedusaStatusMapper.fulfillmentStatus(order.fulfillmentStatus()),
                email(order),
                customer(order),
                currency,
                totals(order, currency),
                itemCount(order),
                order.createdAt(),
                updatedAt(order));
    }

    /** The order number shown to people: the custom display id when the store sets one, else {@code display_id}. */
    public static String number(MedusaOrder order) {
        String custom = MedusaAddressMapper.blankToNull(order.customDisplayId());
        if (custom != null) {
            return custom;
        }
        return order.displayId() == null ? order.id() : String.valueOf(order.displayId());
    }

    public static @Nullable String email(MedusaOrder order) {
        String email = MedusaAddressMapper.blankToNull(order.email());
        return email != null || order.customer() == null
                ? email
                : order.customer().email();
    }

    static OrderTotals totals(MedusaOrder order, Currency currency) {
        BigDecimal items = MedusaMoney.first(order.itemSubtotal(), order.itemTotal());
        BigDecimal shipping = MedusaMoney.first(order.shippingSubtotal(), order.shippingTotal());
        return new OrderTotals(
                MedusaMoney.money(items == null ? order.subtotal() : items, currency),
                MedusaMoney.money(shipping, currency),
                MedusaMoney.money(order.taxTotal(), currency),
                MedusaMoney.money(order.discountTotal(), currency),
                MedusaMoney.money(order.total(), currency));
    }

    /**
     * A line before tax, as every adapter reports it: the unit price before tax and discounts ({@code unit_price}, or
     * the {@code subtotal} per unit when the price includes tax) and the total after discounts, without its tax.
     */
    static LineItem lineItem(MedusaLineItem item, Currency currency) {
        int quantity = quantity(item.quantity());
        BigDecimal unit = unitPriceBeforeTax(item, quantity, currency);
        BigDecimal total = item.total() != null && item.taxTotal() != null
                ? item.total().subtract(item.taxTotal())
                : item.subtotal() != null ? item.subtotal() : unit.multiply(BigDecimal.valueOf(quantity));
        return new LineItem(
                item.id(),
                item.productId(),
                item.variantId(),
                MedusaAddressMapper.blankToNull(item.variantSku()),
                Objects.requireNonNullElse(item.title(), ""),
                MedusaAddressMapper.blankToNull(item.variantTitle() != null ? item.variantTitle() : item.subtitle()),
                item.thumbnail(),
                quantity,
                MedusaMoney.money(unit, currency),
                MedusaMoney.money(total, currency));
    }

    private static BigDecimal unitPriceBeforeTax(MedusaLineItem item, int quantity, Currency currency) {
        if (Boolean.TRUE.equals(item.isTaxInclusive()) && item.subtotal() != null && quantity > 0) {
            int digits = Math.max(currency.getDefaultFractionDigits(), 0);
            return item.subtotal().divide(BigDecimal.valueOf(quantity), digits, RoundingMode.HALF_UP);
        }
        return item.unitPrice() == null ? BigDecimal.ZERO : item.unitPrice();
    }

    static @Nullable CustomerRef customer(MedusaOrder order) {
        MedusaOrderCustomer customer = order.customer();
        String id = order.customerId() != null ? order.customerId() : customer == null ? null : customer.id();
        if (id == null && customer == null) {
            return null;
        }
        String name = customer == null ? null : MedusaAddressMapper.name(customer.firstName(), customer.lastName());
        String email = customer == null || customer.email() == null ? email(order) : customer.email();
        boolean registered = customer != null && Boolean.TRUE.equals(customer.hasAccount());
        return new CustomerRef(id, name, email, registered ? CustomerType.REGISTERED : CustomerType.GUEST);
    }

    static List<Shipment> shipments(MedusaOrder order) {
        return list(order.fulfillments()).stream()
                .filter(fulfillment -> fulfillment.canceledAt() == null)
                .map(fulfillment -> shipment(order, fulfillment))
                .toList();
    }

    static Shipment shipment(MedusaOrder order, MedusaFulfillment fulfillment) {
        List<MedusaLabel> labels = list(fulfillment.labels());
        return new Shipment(
                fulfillment.id(),
                MedusaOrderMetadata.carrier(order, fulfillment),
                texts(labels, MedusaLabel::trackingNumber),
                texts(labels, MedusaLabel::trackingUrl),
                fulfillment.shippedAt(),
                fulfillment.deliveredAt());
    }

    static int quantity(@Nullable BigDecimal quantity) {
        return quantity == null ? 0 : quantity.intValue();
    }

    /** A list Medusa may leave out, as an empty list. */
    public static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }

    private static int itemCount(MedusaOrder order) {
        return list(order.items()).stream()
                .mapToInt(item -> quantity(item.quantity()))
                .sum();
    }

    private static java.time.OffsetDateTime updatedAt(MedusaOrder order) {
        return order.updatedAt() == null ? order.createdAt() : order.updatedAt();
    }

    private static List<String> texts(List<MedusaLabel> labels, Function<MedusaLabel, @Nullable String> value) {
        return labels.stream()
                .map(value)
                .map(MedusaAddressMapper::blankToNull)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
