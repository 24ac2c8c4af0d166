package io.omnicart.adapter.omnium.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.omnium.OmniumSamples;
import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderType;
import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PaymentStatus;
import io.omnicart.core.model.Shipment;
import io.omnicart.core.model.TimelineEvent;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OmniumOrderMapperTest {

    private final OmniumStatusRules defaults = OmniumStatusRules.defaults();

    @Test
    void mapsACompletedOrderWithLinesTotalsPaymentsAndShipments() {
        Order order =
                OmniumOrderMapper.toOrder(OmniumSamples.read("order-completed.json", OmniumOrder.class), defaults);

        assertThat(order.id()).isEqualTo("ORD-1001");
        assertThat(order.number()).isEqualTo("1001");
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.platformStatus()).isEqualTo("Completed");
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(order.fulfillmentStatus()).isEqualTo(FulfillmentStatus.DELIVERED);
        assertThat(order.currency().getCurrencyCode()).isEqualTo("NOK");
        assertThat(order.totals().subtotal().amount()).as("before tax").isEqualByComparingTo("797.6");
        assertThat(order.totals().shipping().amount()).as("before tax").isEqualByComparingTo("39.2");
        assertThat(order.totals().tax().amount()).isEqualByComparingTo("209.2");
        assertThat(order.totals().total().amount()).isEqualByComparingTo("1046");
        assertThat(order.email()).isEqualTo("kari@example.no");
        assertThat(order.customer().type()).isEqualTo(CustomerType.REGISTERED);
        assertThat(order.customer().name()).isEqualTo("Kari Nordmann");
        assertThat(order.createdAt()).isEqualTo(OffsetDateTime.parse("2026-11-01T10:00:00.152347Z"));
        assertThat(order.cancelReason()).isNull();
    }

    @Test
    void linesAddressesAndTracking() {
        Order order =
                OmniumOrderMapper.toOrder(OmniumSamples.read("order-completed.json", OmniumOrder.class), defaults);

        LineItem tee = order.lineItems().getFirst();
        assertThat(tee.id()).isEqualTo("1");
        assertThat(tee.sku()).isEqualTo("TEE-M-BLK");
        assertThat(tee.variantId()).isEqualTo("TEE-M-BLK");
        assertThat(tee.productId()).isEqualTo("tee");
        assertThat(tee.title()).isEqualTo("Classic Tee");
        assertThat(tee.variantTitle()).isEqualTo("M Black");
        assertThat(tee.quantity()).isEqualTo(2);
        assertThat(tee.unitPrice().amount()).as("placedPriceExclTax").isEqualByComparingTo("159.2");
        assertThat(tee.total().amount()).as("extendedPriceExclTax").isEqualByComparingTo("318.4");
        LineItem hoodie = order.lineItems().get(1);
        assertThat(hoodie.unitPrice().amount())
                .as("without the ExclTax fields: 599 net of 25 %")
                .isEqualByComparingTo("479.2");
        assertThat(hoodie.total().amount()).isEqualByComparingTo("479.2");
        assertThat(order.shippingAddress().line1()).isEqualTo("Storgata 5");
        assertThat(order.billingAddress().line1()).isEqualTo("Karl Johans gate 1");
        assertThat(order.billingAddress().countryCode()).isEqualTo("NO");

        Shipment shipment = order.shipments().getFirst();
        assertThat(shipment.id()).isEqualTo("ORD-1001-1");
        assertThat(shipment.carrier()).isEqualTo("Posten");
        assertThat(shipment.trackingNumbers()).containsExactly("70712345");
        assertThat(shipment.trackingUrls()).containsExactly("https://sporing.posten.no/70712345");
        assertThat(shipment.shippedAt()).isEqualTo(OffsetDateTime.parse("2026-11-02T09:30:00Z"));
        assertThat(shipment.deliveredAt()).isEqualTo(OffsetDateTime.parse("2026-11-04T12:00:00Z"));
    }

    @Test
    void theTimelineStartsWithThePlacementAndIsOrdered() {
        Order order =
                OmniumOrderMapper.toOrder(OmniumSamples.read("order-completed.json", OmniumOrder.class), defaults);

        assertThat(order.timeline().getFirst().type()).isEqualTo("placed");
        assertThat(order.timeline().getFirst().at()).isEqualTo(order.createdAt());
        assertThat(order.timeline()).extracting(TimelineEvent::at).isSorted();
        assertThat(order.timeline())
                .extracting(TimelineEvent::type)
                .contains("status_changed", "shipped", "delivered", "comment", "completed");
    }

    @Test
    void aCancelledOrderKeepsItsReasonFromTheTaggedComment() {
        Order order = OmniumOrderMapper.toOrder(OmniumSamples.read("order-canceled.json", OmniumOrder.class), defaults);

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CANCELED);
        assertThat(order.fulfillmentStatus()).isEqualTo(FulfillmentStatus.CANCELED);
        assertThat(order.cancelReason()).isEqualTo("Changed my mind");
        assertThat(order.customer().type()).as("no club membership").isEqualTo(CustomerType.GUEST);
        assertThat(order.shipments())
                .as("a cancelled placeholder shipment never went out")
                .isEmpty();
        assertThat(order.timeline()).extracting(TimelineEvent::type).contains("canceled");
    }

    @Test
    void theTenantsOrderTypesDecideWhatCancelsAndCompletes() {
        OmniumStatusRules rules = OmniumStatusRules.of(OmniumSamples.list("order-types.json", OmniumOrderType.class));

        assertThat(rules.normalize("Online", "Delivered", null)).isEqualTo(OrderStatus.COMPLETED);
        assertThat(rules.normalize("Online", "Annulled", null)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(rules.normalize("online", "Shipped", List.of())).isEqualTo(OrderStatus.PENDING);
        assertThat(rules.normalize("Online", "Completed", null))
                .as("a status the type does not define falls back to the built-in vocabulary")
                .isEqualTo(OrderStatus.COMPLETED);
        assertThat(rules.normalize("ClickAndCollect", "NotCollected", null)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(rules.normalize("Online", "Delivered", List.of("Archived"))).isEqualTo(OrderStatus.ARCHIVED);
        assertThat(rules.completedStatus("Online")).isEqualTo("Delivered");
        assertThat(rules.canceledStatus("Online")).isEqualTo("Annulled");
        assertThat(rules.completedStatus("Pos")).isEqualTo("Completed");
        assertThat(rules.canceledNames()).contains("Annulled", "NotCollected", "OrderCanceled");
        assertThat(rules.deliveredNames()).contains("Delivered", "PickedUp", "Completed");
    }

    @Test
    void theDefaultsKnowTheBuiltInVocabulary() {
        assertThat(defaults.normalize("Online", "OrderCanceledByCustomer", null))
                .isEqualTo(OrderStatus.CANCELLED);
        assertThat(defaults.normalize("Online", "PickedUpAndPaid", null)).isEqualTo(OrderStatus.COMPLETED);
        assertThat(defaults.normalize("Online", "InProgress", null)).isEqualTo(OrderStatus.PENDING);
        assertThat(defaults.completedStatus("Online")).isEqualTo("Completed");
        assertThat(defaults.canceledStatus(null)).isEqualTo("OrderCanceled");
    }

    @Test
    void unsetDatesAreNoDates() {
        assertThat(OmniumTimes.parse("0001-01-01T00:00:00")).isNull();
        assertThat(OmniumTimes.parse("2022-12-04T07:28:50.152347Z")).isEqualTo("2022-12-04T07:28:50.152347Z");
        assertThat(OmniumTimes.parse("2022-12-04T07:28:50")).isEqualTo(OffsetDateTime.parse("2022-12-04T07:28:50Z"));
        assertThat(OmniumTimes.parse("not a date")).isNull();
    }
}
