package io.omnicart.adapter.demo.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.OrderTotals;
import io.omnicart.core.model.PaymentStatus;
import io.omnicart.core.model.TimelineEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoOrderDataTest {

    private final DemoStore store = DemoDataGenerator.generate(LocalDate.of(2026, 3, 15));
    private final List<Order> orders = store.orders();

    @Test
    void hasAtLeast120OrdersInBothCurrenciesOverTheLast120Days() {
        assertThat(orders).hasSizeGreaterThanOrEqualTo(120);
        assertThat(orders)
                .extracting(order -> order.currency().getCurrencyCode())
                .contains("EUR", "USD");
        assertThat(orders).allSatisfy(order -> {
            assertThat(order.createdAt())
                    .isBefore(store.anchor())
                    .isAfter(store.anchor().minusDays(121));
            assertThat(order.updatedAt()).isBefore(store.anchor()).isAfterOrEqualTo(order.createdAt());
        });
    }

    @Test
    void coversEveryOrderStatusButDraftAndTheSensibleCombinations() {
        Set<OrderStatus> statuses = orders.stream().map(Order::status).collect(Collectors.toSet());
        assertThat(statuses).isEqualTo(EnumSet.complementOf(EnumSet.of(OrderStatus.DRAFT)));
        assertThat(orders)
                .extracting(Order::status, Order::paymentStatus, Order::fulfillmentStatus)
                .contains(
                        tuple(OrderStatus.PENDING, PaymentStatus.AWAITING, FulfillmentStatus.NOT_FULFILLED),
                        tuple(OrderStatus.PENDING, PaymentStatus.NOT_PAID, FulfillmentStatus.NOT_FULFILLED),
                        tuple(OrderStatus.PENDING, PaymentStatus.AUTHORIZED, FulfillmentStatus.NOT_FULFILLED),
                        tuple(OrderStatus.PENDING, PaymentStatus.PARTIALLY_AUTHORIZED, FulfillmentStatus.NOT_FULFILLED),
                        tuple(OrderStatus.PENDING, PaymentStatus.CAPTURED, FulfillmentStatus.NOT_FULFILLED),
                        tuple(OrderStatus.PENDING, PaymentStatus.CAPTURED, FulfillmentStatus.PARTIALLY_FULFILLED),
                        tuple(OrderStatus.PENDING, PaymentStatus.CAPTURED, FulfillmentStatus.FULFILLED),
                        tuple(OrderStatus.PENDING, PaymentStatus.CAPTURED, FulfillmentStatus.PARTIALLY_SHIPPED),
                        tuple(
                                OrderStatus.PENDING,
                                PaymentStatus.PARTIALLY_CAPTURED,
                                FulfillmentStatus.PARTIALLY_SHIPPED),
                        tuple(OrderStatus.PENDING, PaymentStatus.CAPTURED, FulfillmentStatus.SHIPPED),
                        tuple(OrderStatus.PENDING, PaymentStatus.CAPTURED, FulfillmentStatus.PARTIALLY_DELIVERED),
                        tuple(
                                OrderStatus.REQUIRES_ACTION,
                                PaymentStatus.REQUIRES_ACTION,
                                FulfillmentStatus.NOT_FULFILLED),
                        tuple(OrderStatus.COMPLETED, PaymentStatus.CAPTURED, FulfillmentStatus.SHIPPED),
                        tuple(OrderStatus.COMPLETED, PaymentStatus.CAPTURED, FulfillmentStatus.DELIVERED),
                        tuple(OrderStatus.COMPLETED, PaymentStatus.PARTIALLY_REFUNDED, FulfillmentStatus.DELIVERED),
                        tuple(OrderStatus.COMPLETED, PaymentStatus.REFUNDED, FulfillmentStatus.DELIVERED),
                        tuple(OrderStatus.CANCELLED, PaymentStatus.REFUNDED, FulfillmentStatus.CANCELED),
                        tuple(OrderStatus.CANCELLED, PaymentStatus.CANCELED, FulfillmentStatus.CANCELED),
                        tuple(OrderStatus.CANCELLED, PaymentStatus.NOT_PAID, FulfillmentStatus.CANCELED),
                        tuple(OrderStatus.ARCHIVED, PaymentStatus.CAPTURED, FulfillmentStatus.DELIVERED),
                        tuple(OrderStatus.ARCHIVED, PaymentStatus.PARTIALLY_REFUNDED, FulfillmentStatus.DELIVERED),
                        tuple(OrderStatus.ARCHIVED, PaymentStatus.REFUNDED, FulfillmentStatus.CANCELED));
    }

    @Test
    void totalsAddUpOnEveryOrder() {
        assertThat(orders).allSatisfy(order -> {
            OrderTotals totals = order.totals();
            Money lineSum = order.lineItems().stream()
                    .map(LineItem::total)
                    .reduce(Money::plus)
                    .orElseThrow();
            assertThat(totals.subtotal()).isEqualTo(lineSum);
            assertThat(totals.total())
                    .isEqualTo(totals.subtotal()
                            .plus(totals.shipping())
                            .plus(totals.tax())
                            .minus(totals.discount()));
            assertThat(List.of(totals.subtotal(), totals.shipping(), totals.tax(), totals.discount(), totals.total()))
                    .allSatisfy(money -> {
                        assertThat(money.currency()).isEqualTo(order.currency());
                        assertThat(money.amount().scale()).isEqualTo(2);
                    });
            assertThat(order.lineItems())
                    .hasSizeBetween(1, 4)
                    .allSatisfy(line ->
                            assertThat(line.total()).isEqualTo(line.unitPrice().times(line.quantity())));
        });
    }

    @Test
    void taxIsTheDestinationRateOnGoodsAfterDiscountPlusShipping() {
        assertThat(orders).allSatisfy(order -> {
            OrderTotals totals = order.totals();
            BigDecimal rate = DemoPlaces.taxRate(
                    order.shippingAddress().countryCode(),
                    order.shippingAddress().province());
            BigDecimal taxable = totals.subtotal()
                    .amount()
                    .subtract(totals.discount().amount())
                    .add(totals.shipping().amount());
            assertThat(totals.tax().amount()).isEqualTo(taxable.multiply(rate).setScale(2, RoundingMode.HALF_UP));
        });
        assertThat(orders)
                .anySatisfy(
                        order -> assertThat(order.totals().discount().amount()).isPositive());
        assertThat(orders)
                .anySatisfy(
                        order -> assertThat(order.totals().shipping().amount()).isZero());
    }

    @Test
    void euroOrdersShipToEuropeAndDollarOrdersToNorthAmerica() {
        assertThat(orders).allSatisfy(order -> {
            String country = order.shippingAddress().countryCode();
            List<String> region =
                    order.currency().getCurrencyCode().equals("EUR") ? DemoPlaces.EUROPE : DemoPlaces.NORTH_AMERICA;
            assertThat(region).contains(country, order.billingAddress().countryCode());
        });
    }

    @Test
    void numbersFollowPlacementAndIdsLookLikeMedusaIds() {
        List<Order> byCreation =
                orders.stream().sorted(Comparator.comparing(Order::createdAt)).toList();
        for (int i = 0; i < byCreation.size(); i++) {
            assertThat(byCreation.get(i).number()).isEqualTo(String.valueOf(1001 + i));
        }
        assertThat(orders)
                .extracting(Order::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("order_01[0-9A-HJKMNP-TV-Z]{24}"));
    }

    @Test
    void timelinesAreOrderedAndTellTheStatusStory() {
        assertThat(orders).allSatisfy(order -> {
            List<TimelineEvent> timeline = order.timeline();
            assertThat(timeline.getFirst().type()).isEqualTo("placed");
            assertThat(timeline.getFirst().at()).isEqualTo(order.createdAt());
            assertThat(timeline.getLast().at()).isEqualTo(order.updatedAt());
            assertThat(timeline).isSortedAccordingTo(Comparator.comparing(TimelineEvent::at));
            assertThat(timeline).allSatisfy(event -> assertThat(event.message()).isNotBlank());
            assertThat(types(order)).containsAll(expectedEvents(order));
        });
    }

    @Test
    void cancelledOrdersCarryAReasonAndOthersDoNot() {
        assertThat(orders).allSatisfy(order -> {
            boolean cancelled = order.fulfillmentStatus() == FulfillmentStatus.CANCELED;
            assertThat(order.cancelReason() != null).isEqualTo(cancelled);
            assertThat(order.platformStatus())
                    .isEqualTo(
                            order.status() == OrderStatus.CANCELLED
                                    ? "canceled"
                                    : order.status().wire());
        });
    }

    @Test
    void shipmentsMatchTheFulfillmentStatus() {
        assertThat(orders).allSatisfy(order -> {
            long shipped = order.shipments().size();
            long delivered = order.shipments().stream()
                    .filter(s -> s.deliveredAt() != null)
                    .count();
            switch (order.fulfillmentStatus()) {
                case PARTIALLY_SHIPPED, SHIPPED ->
                    assertThat(List.of(shipped, delivered)).containsExactly(1L, 0L);
                case PARTIALLY_DELIVERED ->
                    assertThat(List.of(shipped, delivered)).containsExactly(2L, 1L);
                case DELIVERED -> assertThat(delivered).isEqualTo(shipped).isPositive();
                default -> assertThat(shipped).isZero();
            }
            assertThat(order.shipments()).allSatisfy(shipment -> {
                assertThat(shipment.carrier()).isIn("DHL", "UPS", "PostNord", "DPD", "USPS", "FedEx", "Canada Post");
                assertThat(shipment.trackingUrls().getFirst())
                        .startsWith("https://")
                        .endsWith(shipment.trackingNumbers().getFirst());
                assertThat(shipment.shippedAt()).isAfter(order.createdAt());
            });
        });
    }

    private static Set<String> types(Order order) {
        return order.timeline().stream().map(TimelineEvent::type).collect(Collectors.toSet());
    }

    private static Set<String> expectedEvents(Order order) {
        Set<String> expected = new HashSet<>(Set.of("placed"));
        switch (order.paymentStatus()) {
            case CAPTURED, REFUNDED, PARTIALLY_REFUNDED -> expected.add("payment_captured");
            case AUTHORIZED, PARTIALLY_AUTHORIZED, CANCELED -> expected.add("payment_authorized");
            default ->
                expected.add(order.paymentStatus() == PaymentStatus.PARTIALLY_CAPTURED ? "payment_captured" : "note");
        }
        if (EnumSet.of(FulfillmentStatus.SHIPPED, FulfillmentStatus.PARTIALLY_SHIPPED)
                .contains(order.fulfillmentStatus())) {
            expected.addAll(Set.of("fulfilled", "shipped"));
        }
        if (order.fulfillmentStatus() == FulfillmentStatus.DELIVERED) {
            expected.addAll(Set.of("fulfilled", "shipped", "delivered"));
        }
        if (order.fulfillmentStatus() == FulfillmentStatus.CANCELED) {
            expected.add("canceled");
        }
        if (order.paymentStatus() == PaymentStatus.REFUNDED
                || order.paymentStatus() == PaymentStatus.PARTIALLY_REFUNDED) {
            expected.add("refunded");
        }
        if (order.status() == OrderStatus.ARCHIVED) {
            expected.add("archived");
        }
        return expected;
    }
}
