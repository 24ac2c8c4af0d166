package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.LineItem;
import io.omnicart.core.model.Money;
import java.time.OffsetDateTime;
import java.util.Random;

/** Writes the payment part of an order's history. */
final class DemoPayments {

    private static final Money GIFT_CARD_EUR = Money.of("25.00", "EUR");
    private static final Money GIFT_CARD_USD = Money.of("25.00", "USD");

    private final Random random;

    DemoPayments(Random random) {
        this.random = random;
    }

    /** What happens right after checkout. */
    void open(OrderContext order, DemoTimeline timeline) {
        OffsetDateTime at = order.plan().placedAt().plusMinutes(1 + random.nextInt(4));
        String total = DemoText.money(order.totals().total());
        switch (order.scenario().payment()) {
            case AWAITING -> timeline.add(at, "note", bankTransfer(order, total));
            case NOT_PAID ->
                timeline.add(
                        at, "note", order.scenario().cancelled() ? bankTransfer(order, total) : invoice(order, total));
            case REQUIRES_ACTION ->
                timeline.add(
                        at,
                        "note",
                        "Payment of " + total + " by " + order.paymentMethod()
                                + " awaits 3-D Secure confirmation by the customer");
            case PARTIALLY_AUTHORIZED -> giftCard(order, timeline, at);
            case AUTHORIZED, CANCELED, PARTIALLY_CAPTURED -> authorized(order, timeline, at, total);
            default -> captured(order, timeline, at, total);
        }
    }

    /** The capture of the shipped items of a partly shipped order. */
    void captureFirstParcel(OrderContext order, DemoTimeline timeline) {
        Money value = order.firstParcelValue();
        Money remaining = order.totals().total().minus(value);
        OffsetDateTime at = timeline.shipments().getFirst().shippedAt().plusMinutes(5 + random.nextInt(30));
        timeline.add(
                at,
                "payment_captured",
                DemoText.money(value) + " captured for the shipped items; " + DemoText.money(remaining)
                        + " remains authorized");
    }

    /** The refund of a cancelled order that had been paid. */
    void refundCancelled(OrderContext order, DemoTimeline timeline, OffsetDateTime cancelledAt) {
        refund(
                order,
                timeline,
                cancelledAt.plusMinutes(20 + random.nextInt(160)),
                "",
                order.totals().total());
    }

    /** A return of the last line some days after delivery. */
    void refundReturnedItem(OrderContext order, DemoTimeline timeline) {
        LineItem item = order.lines().getLast();
        String what = item.quantity() + " × " + item.title() + " (" + item.variantTitle() + ")";
        refund(order, timeline, returnedAt(timeline), "Return received: " + what + ". ", item.total());
    }

    /** A return of everything some days after delivery. */
    void refundFullReturn(OrderContext order, DemoTimeline timeline) {
        String what = "Return received for all " + DemoText.items(OrderContext.units(order.lines())) + ". ";
        refund(order, timeline, returnedAt(timeline), what, order.totals().total());
    }

    private void refund(OrderContext order, DemoTimeline timeline, OffsetDateTime at, String prefix, Money amount) {
        timeline.add(at, "refunded", prefix + DemoText.money(amount) + " refunded to " + order.paymentMethod());
    }

    private OffsetDateTime returnedAt(DemoTimeline timeline) {
        return timeline.last().plusDays(5).plusHours(random.nextInt(7 * 24));
    }

    private static String bankTransfer(OrderContext order, String total) {
        return "Awaiting bank transfer of " + total + " with reference NW-"
                + order.plan().number();
    }

    private static String invoice(OrderContext order, String total) {
        return "Invoice of " + total + " sent to " + order.customer().email() + ", payment due in 14 days";
    }

    private void giftCard(OrderContext order, DemoTimeline timeline, OffsetDateTime at) {
        boolean euro = "EUR".equals(order.totals().total().currency().getCurrencyCode());
        Money gift = euro ? GIFT_CARD_EUR : GIFT_CARD_USD;
        Money rest = order.totals().total().minus(gift);
        timeline.add(
                at,
                "payment_authorized",
                DemoText.money(gift) + " authorized from a Northwind gift card; the" + " remaining "
                        + DemoText.money(rest) + " awaits authorization by " + order.paymentMethod());
    }

    private void authorized(OrderContext order, DemoTimeline timeline, OffsetDateTime at, String total) {
        timeline.add(at, "payment_authorized", total + " authorized via " + order.paymentMethod());
    }

    private void captured(OrderContext order, DemoTimeline timeline, OffsetDateTime at, String total) {
        authorized(order, timeline, at, total);
        timeline.add(at.plusSeconds(20 + random.nextInt(100)), "payment_captured", total + " captured");
    }
}
