package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.CustomerType;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PaymentStatus;
import io.omnicart.core.model.Shipment;
import io.omnicart.core.model.TimelineEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Writes an order's timeline and shipments from its scenario: placed, payment, warehouse, cancel/returns, archive. */
final class DemoOrderHistory {

    private static final List<String> CANCEL_REASONS = List.of(
            "customer ordered the wrong size and placed a new order",
            "customer changed their mind before shipment",
            "item out of stock at the warehouse",
            "suspected fraud, billing and shipping details do not match",
            "duplicate order");
    private static final String UNPAID = "payment not received within 7 days";
    private static final List<String> NOTES = List.of(
            "Customer asked us to leave the parcel with a neighbour if nobody is home",
            "Gift order: please include a gift receipt without prices",
            "Customer called to double-check the size chart before we ship",
            "Please ship everything in one parcel",
            "Customer asked for the invoice to show their VAT number");

    /** The written history; {@code updatedAt} is its latest event. */
    record History(
            List<TimelineEvent> timeline,
            List<Shipment> shipments,
            @Nullable String cancelReason,
            OffsetDateTime updatedAt) {}

    private final Random random;
    private final DemoPayments payments;
    private final DemoFulfillment fulfillment;

    DemoOrderHistory(DemoTime time, Random random) {
        this.random = random;
        this.payments = new DemoPayments(random);
        this.fulfillment = new DemoFulfillment(time, random);
    }

    History write(OrderContext order) {
        DemoTimeline timeline = new DemoTimeline();
        placed(order, timeline);
        payments.open(order, timeline);
        fulfillment.write(order, timeline);
        String reason = order.scenario().cancelled() ? cancel(order, timeline) : null;
        if (reason == null) {
            afterDelivery(order, timeline);
        }
        if (order.scenario().status() == OrderStatus.ARCHIVED) {
            timeline.add(timeline.last().plusDays(30 + random.nextInt(15)), "archived", "Order archived");
        }
        return new History(timeline.events(), timeline.shipments(), reason, timeline.last());
    }

    private void placed(OrderContext order, DemoTimeline timeline) {
        OffsetDateTime at = order.plan().placedAt();
        String guest = order.customer().type() == CustomerType.GUEST ? " (guest checkout)" : "";
        String code = order.discountCode() == null ? "" : " with discount code " + order.discountCode();
        timeline.add(
                at, "placed", "Order #" + order.plan().number() + " placed by " + order.customerName() + guest + code);
        if (random.nextInt(100) < 15) {
            timeline.add(at.plusMinutes(5 + random.nextInt(55)), "note", DemoPeople.pick(NOTES, random));
        }
    }

    private String cancel(OrderContext order, DemoTimeline timeline) {
        PaymentStatus payment = order.scenario().payment();
        boolean unpaid = payment == PaymentStatus.NOT_PAID;
        String reason = unpaid ? UNPAID : DemoPeople.pick(CANCEL_REASONS, random);
        OffsetDateTime placed = order.plan().placedAt();
        OffsetDateTime at = unpaid
                ? placed.plusDays(7).plusHours(random.nextInt(6))
                : placed.plusMinutes(30 + random.nextInt(2800));
        String total = DemoText.money(order.totals().total());
        String voided = payment == PaymentStatus.CANCELED ? " The authorization of " + total + " was voided." : "";
        timeline.add(at, "canceled", "Order canceled: " + reason + "." + voided);
        if (payment == PaymentStatus.REFUNDED) {
            payments.refundCancelled(order, timeline, at);
        }
        return reason;
    }

    private void afterDelivery(OrderContext order, DemoTimeline timeline) {
        switch (order.scenario().payment()) {
            case PARTIALLY_REFUNDED -> payments.refundReturnedItem(order, timeline);
            case REFUNDED -> payments.refundFullReturn(order, timeline);
            case PARTIALLY_CAPTURED -> payments.captureFirstParcel(order, timeline);
            default -> {
                // nothing happens after delivery
            }
        }
    }
}
