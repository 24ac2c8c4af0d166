package io.omnicart.adapter.opencart.mapping;

import io.omnicart.adapter.opencart.model.OpenCartHistory;
import io.omnicart.adapter.opencart.model.OpenCartOrder;
import io.omnicart.adapter.opencart.model.OpenCartOrderLine;
import io.omnicart.adapter.opencart.model.OpenCartOrderOption;
import io.omnicart.adapter.opencart.model.OpenCartOrderTotal;
import io.omnicart.adapter.opencart.model.OpenCartShipment;
import io.omnicart.core.model.CustomerRef;
import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.OrderTotals;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A bridge order as an OmniCart order. The order id is also its number (what OpenCart's admin shows); money is
 * converted from the store's default currency to the order's with the rate recorded on the order; the cancel reason is
 * the comment of the history entry that cancelled it; shipments are the bridge's tracking rows (reference §6).
 */
public final class OpenCartOrderMapper {

    private static final Set<String> DISCOUNTS = Set.of("coupon", "voucher", "reward");

    private OpenCartOrderMapper() {}

    public static Order toOrder(OpenCartOrder order) {
        return toOrder(order, Map.of());
    }

    /**
     * The order, with each line's SKU taken from its chosen option value where that value has one ({@code optionSkus}:
     * {@code product_option_value_id} → SKU, kept by an option-SKU extension on 3.0 stores, reference §7): the bridge
     * gives a line only its product's SKU, and on 3.0 the option value is the stock unit that was sold.
     */
    public static Order toOrder(OpenCartOrder order, Map<Long, String> optionSkus) {
        Currency currency = Currency.getInstance(Objects.requireNonNull(order.currencyCode(), "currency_code"));
        String id = Long.toString(order.orderId());
        List<OpenCartHistory> history = list(order.history());
        List<OpenCartShipment> shipments = list(order.shipments());
        OffsetDateTime created = Objects.requireNonNull(order.dateAdded(), "date_added");
        boolean shipped = !shipments.isEmpty()
                || history.stream().anyMatch(h -> h.orderStatusId() == OpenCartStatusMapper.SHIPPED);
        return new Order(
                id,
                id,
                OpenCartStatusMapper.status(order.orderStatusId()),
                order.orderStatus(),
                OpenCartStatusMapper.payment(order.orderStatusId()),
                OpenCartStatusMapper.fulfillment(order.orderStatusId(), shipped),
                OpenCartAddressMapper.blankToNull(order.email()),
                customer(order),
                currency,
                totals(order, currency),
                list(order.lines()).stream()
                        .map(line -> line(line, order, currency, optionSkus))
                        .toList(),
                OpenCartAddressMapper.toAddress(order.shippingAddress(), order.telephone()),
                OpenCartAddressMapper.toAddress(order.paymentAddress(), order.telephone()),
                OpenCartTimelineMapper.shipments(order, history, shipments),
                OpenCartTimelineMapper.timeline(created, history),
                cancelReason(order, history),
                created,
                order.dateModified() == null ? created : order.dateModified());
    }

    static CustomerRef customer(OpenCartOrder order) {
        boolean guest = order.customerId() <= 0;
        return new CustomerRef(
                guest ? null : Long.toString(order.customerId()),
                OpenCartAddressMapper.name(order.firstname(), order.lastname()),
                OpenCartAddressMapper.blankToNull(order.email()),
                guest ? CustomerType.GUEST : CustomerType.REGISTERED);
    }

    static OrderTotals totals(OpenCartOrder order, Currency currency) {
        List<OpenCartOrderTotal> rows = list(order.totals());
        BigDecimal rate = order.currencyValue();
        BigDecimal discount = sum(rows, DISCOUNTS).negate().max(BigDecimal.ZERO);
        BigDecimal total = rows.stream()
                .filter(row -> "total".equals(row.code()))
                .map(OpenCartOrderTotal::value)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(order.total());
        return new OrderTotals(
                OpenCartMoney.converted(sum(rows, Set.of("sub_total")), rate, currency),
                OpenCartMoney.converted(sum(rows, Set.of("shipping")), rate, currency),
                OpenCartMoney.converted(sum(rows, Set.of("tax")), rate, currency),
                OpenCartMoney.converted(discount, rate, currency),
                OpenCartMoney.converted(total, rate, currency));
    }

    /** A 4.0 variant line names its master as the product (the variant row is the variant); see {@link #variantId}. */
    static LineItem line(OpenCartOrderLine line, OpenCartOrder order, Currency currency, Map<Long, String> optionSkus) {
        String productId = line.productId() == null ? null : Long.toString(line.productId());
        Money unit = OpenCartMoney.converted(line.price(), order.currencyValue(), currency);
        Money total = OpenCartMoney.converted(line.total(), order.currencyValue(), currency);
        return new LineItem(
                Long.toString(line.orderProductId()),
                line.masterId() != null && productId != null ? Long.toString(line.masterId()) : productId,
                variantId(line, productId),
                sku(line, optionSkus),
                line.name() == null ? "" : line.name(),
                variantTitle(list(line.options())),
                null,
                line.quantity(),
                unit,
                total);
    }

    private static @Nullable String sku(OpenCartOrderLine line, Map<Long, String> optionSkus) {
        return list(line.options()).stream()
                .map(OpenCartOrderOption::productOptionValueId)
                .filter(value -> value != null && optionSkus.containsKey(value))
                .map(optionSkus::get)
                .findFirst()
                .orElse(OpenCartAddressMapper.blankToNull(line.sku()));
    }

    /** A 4.0 variant line is its own product; a line with a chosen option value is that value's stock counter. */
    private static @Nullable String variantId(OpenCartOrderLine line, @Nullable String productId) {
        if (productId == null || line.masterId() != null) {
            return productId;
        }
        return list(line.options()).stream()
                .map(OpenCartOrderOption::productOptionValueId)
                .filter(value -> value != null && value > 0)
                .findFirst()
                .map(value -> productId + ":" + value)
                .orElse(productId);
    }

    private static @Nullable String variantTitle(List<OpenCartOrderOption> options) {
        String title = options.stream()
                .filter(option -> option.name() != null && option.value() != null)
                .map(option -> option.name() + ": " + option.value())
                .collect(Collectors.joining(", "));
        return title.isEmpty() ? null : title;
    }

    /** The comment of the latest history entry that put the order in its current, cancelled status. */
    private static @Nullable String cancelReason(OpenCartOrder order, List<OpenCartHistory> history) {
        if (OpenCartStatusMapper.status(order.orderStatusId()) != OrderStatus.CANCELLED) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            OpenCartHistory entry = history.get(i);
            if (entry.orderStatusId() == order.orderStatusId()) {
                return OpenCartAddressMapper.blankToNull(entry.comment());
            }
        }
        return null;
    }

    private static BigDecimal sum(List<OpenCartOrderTotal> rows, Set<String> codes) {
        return rows.stream()
                .filter(row -> codes.contains(row.code()) && row.value() != null)
                .map(OpenCartOrderTotal::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
