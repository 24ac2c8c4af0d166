package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.mapping.MedusaOrderMapper.list;

import io.omnicart.adapter.medusa.model.MedusaFulfillment;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import io.omnicart.adapter.medusa.model.MedusaOrderChange;
import io.omnicart.adapter.medusa.model.MedusaOrderChangeAction;
import io.omnicart.adapter.medusa.model.MedusaPayment;
import io.omnicart.adapter.medusa.model.MedusaPaymentTransaction;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Shipment;
import io.omnicart.core.model.TimelineEvent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An order's history, which Medusa has no endpoint for (reference §5.6): placement, payments (authorized, captured,
 * refunded, canceled), fulfillments (packed, shipped, delivered, canceled), cancellation, the current completed or
 * archived status (stamped with {@code updated_at}: Medusa keeps no dedicated time), and order changes other than the
 * fulfillment bookkeeping the fulfillments already show. Oldest first.
 */
public final class MedusaTimelineMapper {

    private static final Set<String> FULFILLMENT_ACTIONS =
            Set.of("FULFILL_ITEM", "SHIP_ITEM", "DELIVER_ITEM", "CANCEL_ITEM_FULFILLMENT");

    private MedusaTimelineMapper() {}

    public static List<TimelineEvent> timeline(MedusaOrder order, List<MedusaOrderChange> changes) {
        Currency currency = MedusaMoney.currency(order.currencyCode());
        List<TimelineEvent> events = new ArrayList<>();
        add(events, order.createdAt(), "placed", "Order #" + MedusaOrderMapper.number(order) + " placed");
        list(order.paymentCollections())
                .forEach(collection ->
                        list(collection.payments()).forEach(payment -> payment(events, payment, currency)));
        list(order.fulfillments()).forEach(fulfillment -> fulfillment(events, order, fulfillment));
        changes.forEach(change -> change(events, change));
        status(events, order);
        events.sort(Comparator.comparing(TimelineEvent::at));
        return events;
    }

    private static void payment(List<TimelineEvent> events, MedusaPayment payment, Currency currency) {
        add(
                events,
                payment.createdAt(),
                "payment_authorized",
                "Payment of " + amount(payment.amount(), currency) + " authorized");
        list(payment.captures())
                .forEach(capture -> add(
                        events, capture.createdAt(), "payment_captured", transaction("captured", capture, currency)));
        list(payment.refunds())
                .forEach(refund ->
                        add(events, refund.createdAt(), "payment_refunded", transaction("refunded", refund, currency)));
        add(events, payment.canceledAt(), "payment_canceled", "Payment canceled");
    }

    private static void fulfillment(List<TimelineEvent> events, MedusaOrder order, MedusaFulfillment fulfillment) {
        Shipment shipment = MedusaOrderMapper.shipment(order, fulfillment);
        String tracking = String.join(", ", shipment.trackingNumbers());
        String carrier = shipment.carrier() == null ? "Shipped" : "Shipped with " + shipment.carrier();
        add(
                events,
                fulfillment.packedAt() != null ? fulfillment.packedAt() : fulfillment.createdAt(),
                "fulfilled",
                "Items packed for shipment");
        add(events, fulfillment.shippedAt(), "shipped", tracking.isEmpty() ? carrier : carrier + " (" + tracking + ")");
        add(events, fulfillment.deliveredAt(), "delivered", "Delivered");
        add(events, fulfillment.canceledAt(), "fulfillment_canceled", "Fulfillment canceled");
    }

    private static void change(List<TimelineEvent> events, MedusaOrderChange change) {
        List<String> actions = list(change.actions()).stream()
                .map(MedusaOrderChangeAction::action)
                .filter(action -> action != null && !FULFILLMENT_ACTIONS.contains(action))
                .distinct()
                .toList();
        if (actions.isEmpty() && change.changeType() == null) {
            return;
        }
        String kind = change.changeType() == null
                ? "order_change"
                : change.changeType().toLowerCase(Locale.ROOT);
        String detail = change.description() != null ? change.description() : String.join(", ", actions);
        OffsetDateTime at = change.confirmedAt() != null ? change.confirmedAt() : change.createdAt();
        String status = change.status() == null ? "" : " " + change.status();
        add(events, at, kind, "Order " + kind.replace('_', ' ') + status + (detail.isEmpty() ? "" : ": " + detail));
    }

    private static void status(List<TimelineEvent> events, MedusaOrder order) {
        String reason = MedusaOrderMetadata.cancelReason(order);
        add(events, order.canceledAt(), "cancelled", reason == null ? "Order cancelled" : "Order cancelled: " + reason);
        String status = order.status() == null ? "" : order.status();
        if (status.equals("completed") || status.equals("archived")) {
            add(events, order.updatedAt(), status, "Order " + status);
        }
    }

    private static String transaction(String verb, MedusaPaymentTransaction transaction, Currency currency) {
        return amount(transaction.amount(), currency) + " " + verb;
    }

    private static String amount(@Nullable BigDecimal amount, Currency currency) {
        Money money = MedusaMoney.money(amount, currency);
        return money.currency().getCurrencyCode() + " " + money.amount().toPlainString();
    }

    private static void add(List<TimelineEvent> events, @Nullable OffsetDateTime at, String type, String message) {
        if (at != null) {
            events.add(new TimelineEvent(at, type, message));
        }
    }
}
