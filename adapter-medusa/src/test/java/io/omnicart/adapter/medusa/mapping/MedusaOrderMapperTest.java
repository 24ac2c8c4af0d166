package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.MedusaSamples.entity;
import static io.omnicart.adapter.medusa.MedusaSamples.list;
import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.medusa.model.MedusaLineItem;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaOrderChange;
import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.PaymentStatus;
import io.omnicart.core.model.Shipment;
import io.omnicart.core.model.TimelineEvent;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MedusaOrderMapperTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MedusaOrder full = entity("admin-orders-retrieve-full", "order", MedusaOrder.class);
    private final List<MedusaOrderChange> changes =
            list("admin-orders-changes", "order_changes", MedusaOrderChange.class);

    @Test
    void mapsTheDeliveredOrderWithAmountsInMajorUnits() {
        Order order = MedusaOrderMapper.toOrder(full, changes);

        assertThat(order.id()).isEqualTo("order_01M83QKJQP7VF1MZJQ5DDEQGVD");
        assertThat(order.number()).isEqualTo("1");
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.platformStatus()).isEqualTo("completed");
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(order.fulfillmentStatus()).isEqualTo(FulfillmentStatus.DELIVERED);
        assertThat(order.email()).isEqualTo("jane.doe@example.com");
        assertThat(order.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(order.totals().total().amount()).isEqualByComparingTo("94.43");
        assertThat(order.totals().subtotal().amount()).isEqualByComparingTo("89.48");
        assertThat(order.totals().shipping().amount()).isEqualByComparingTo("4.95");
        assertThat(order.totals().tax().amount()).isEqualByComparingTo("0");
        assertThat(order.totals().discount().amount()).isEqualByComparingTo("0");
        assertThat(order.totals().total().amount().toPlainString()).isEqualTo("94.43");
        assertThat(order.createdAt()).isNotNull();
        assertThat(order.cancelReason()).isNull();
    }

    @Test
    void keepsTheRegisteredCustomerAndTheAddresses() {
        Order order = MedusaOrderMapper.toOrder(full, changes);

        assertThat(order.customer()).isNotNull();
        assertThat(order.customer().id()).isEqualTo("cus_01M83QKH6W21QHXG0M59N9YVT1");
        assertThat(order.customer().name()).isEqualTo("Jane Doe");
        assertThat(order.customer().type()).isEqualTo(CustomerType.REGISTERED);
        assertThat(order.shippingAddress().city()).isEqualTo("Berlin");
        assertThat(order.shippingAddress().countryCode()).isEqualTo("DE");
        assertThat(order.shippingAddress().name()).isEqualTo("Jane Doe");
        assertThat(order.shippingAddress().line1()).isEqualTo("Unter den Linden 5");
        assertThat(order.billingAddress()).isNotNull();
    }

    @Test
    void mapsLineItemsWithSkuVariantAndPrices() {
        Order order = MedusaOrderMapper.toOrder(full, changes);

        LineItem tee = order.lineItems().stream()
                .filter(item -> "TEE-M-BLK".equals(item.sku()))
                .findFirst()
                .orElseThrow();
        assertThat(tee.title()).isEqualTo("Classic Tee");
        assertThat(tee.variantTitle()).isEqualTo("M / Black");
        assertThat(tee.quantity()).isEqualTo(2);
        assertThat(tee.unitPrice().amount()).isEqualByComparingTo("19.99");
        assertThat(tee.total().amount()).isEqualByComparingTo("39.98");
        assertThat(tee.productId()).startsWith("prod_");
        assertThat(tee.variantId()).startsWith("variant_");
        assertThat(tee.thumbnail()).startsWith("https://");
        assertThat(order.summary().itemCount())
                .isEqualTo(
                        order.lineItems().stream().mapToInt(LineItem::quantity).sum());
    }

    @Test
    void linePricesAreBeforeTaxWhetherThePriceListIncludesTaxOrNot() {
        String inclusive = "{\"id\":\"ordli_1\",\"title\":\"Tee\",\"quantity\":2,\"unit_price\":23.79,"
                + "\"is_tax_inclusive\":true,\"subtotal\":39.98,\"tax_total\":7.6,\"total\":47.58}";
        String exclusive = "{\"id\":\"ordli_2\",\"title\":\"Tee\",\"quantity\":2,\"unit_price\":19.99,"
                + "\"is_tax_inclusive\":false,\"subtotal\":39.98,\"tax_total\":7.6,\"total\":47.58}";
        Currency eur = Currency.getInstance("EUR");

        for (String json : List.of(inclusive, exclusive)) {
            LineItem line = MedusaOrderMapper.lineItem(JSON.readValue(json, MedusaLineItem.class), eur);

            assertThat(line.unitPrice().amount()).as(json).isEqualByComparingTo("19.99");
            assertThat(line.total().amount()).as(json).isEqualByComparingTo("39.98");
        }
    }

    @Test
    void shipmentsCarryTheTrackingLabels() {
        Order order = MedusaOrderMapper.toOrder(full, changes);

        assertThat(order.shipments()).hasSize(1);
        Shipment shipment = order.shipments().getFirst();
        assertThat(shipment.id()).startsWith("ful_");
        assertThat(shipment.trackingNumbers()).containsExactly("DHL-123456789");
        assertThat(shipment.trackingUrls()).containsExactly("https://tracking.example.com/DHL-123456789");
        assertThat(shipment.shippedAt()).isNotNull();
        assertThat(shipment.deliveredAt()).isNotNull();
    }

    @Test
    void timelineRunsFromPlacementToCompletionWithoutFulfillmentBookkeeping() {
        Order order = MedusaOrderMapper.toOrder(full, changes);

        assertThat(order.timeline())
                .extracting(TimelineEvent::type)
                .containsSubsequence(
                        "placed", "payment_authorized", "payment_captured", "fulfilled", "shipped", "delivered")
                .contains("completed")
                .doesNotContain("order_change");
        assertThat(order.timeline()).isSortedAccordingTo(java.util.Comparator.comparing(TimelineEvent::at));
        assertThat(order.timeline())
                .filteredOn(event -> event.type().equals("shipped"))
                .extracting(TimelineEvent::message)
                .containsExactly("Shipped (DHL-123456789)");
        assertThat(order.timeline())
                .filteredOn(event -> event.type().equals("payment_captured"))
                .extracting(TimelineEvent::message)
                .containsExactly("EUR 94.43 captured");
    }

    @Test
    void theCancelReasonComesBackFromTheMetadata() {
        MedusaOrder canceled = entity("admin-orders-retrieve-canceled", "order", MedusaOrder.class);

        Order order = MedusaOrderMapper.toOrder(canceled, List.of());

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.platformStatus()).isEqualTo("canceled");
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CANCELED);
        assertThat(order.cancelReason()).isEqualTo("customer changed mind");
        assertThat(order.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(order.timeline())
                .extracting(TimelineEvent::message)
                .contains("Order cancelled: customer changed mind");
    }

    @Test
    void summariesOfTheListCountItemsAndKeepComputedStatuses() {
        List<MedusaOrder> orders = list("admin-orders-list-fields", "orders", MedusaOrder.class);

        List<OrderSummary> summaries =
                orders.stream().map(MedusaOrderMapper::toSummary).toList();

        assertThat(summaries).extracting(OrderSummary::number).containsExactly("7", "5", "4");
        assertThat(summaries)
                .extracting(OrderSummary::status)
                .containsExactly(OrderStatus.PENDING, OrderStatus.PENDING, OrderStatus.ARCHIVED);
        assertThat(summaries.get(1).paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(summaries.get(1).fulfillmentStatus()).isEqualTo(FulfillmentStatus.FULFILLED);
        assertThat(summaries.get(0).email()).isEqualTo("alice.admin@example.com");
        assertThat(summaries.get(0).customer().type()).isEqualTo(CustomerType.GUEST);
        assertThat(summaries)
                .allSatisfy(summary -> assertThat(summary.itemCount()).isPositive());
    }

    @Test
    void unknownComputedStatusesAreUnknownNotAFailure() {
        assertThat(MedusaStatusMapper.paymentStatus("something_new")).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(MedusaStatusMapper.fulfillmentStatus(null)).isEqualTo(FulfillmentStatus.UNKNOWN);
        assertThat(MedusaStatusMapper.orderStatus("requires_action")).isEqualTo(OrderStatus.REQUIRES_ACTION);
        assertThat(MedusaStatusMapper.medusaStatus(OrderStatus.CANCELLED)).isEqualTo("canceled");
        assertThat(MedusaMoney.money(new BigDecimal("35"), java.util.Currency.getInstance("EUR"))
                        .amount())
                .hasToString("35.00");
    }
}
