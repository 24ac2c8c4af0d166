package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumComment;
import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderLine;
import io.omnicart.adapter.omnium.model.OmniumShipment;
import io.omnicart.adapter.omnium.model.OmniumStatusLogEntry;
import io.omnicart.core.model.Shipment;
import io.omnicart.core.model.TimelineEvent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An order's history from what Omnium keeps on it (reference §5.7): creation, the shipments' status logs (when the
 * tenant logs statuses), shipments going out, internal comments, cancellation and completion dates. Oldest first,
 * starting with {@code placed}; nothing before the order's creation. Pure.
 */
public final class OmniumTimelineMapper {

    private OmniumTimelineMapper() {}

    public static List<TimelineEvent> timeline(OmniumOrder order, OmniumStatusRules rules) {
        OffsetDateTime created = OmniumTimes.parseOrEpoch(order.created());
        List<TimelineEvent> events = new ArrayList<>();
        events.add(new TimelineEvent(created, "placed", "Order " + OmniumOrderMapper.number(order) + " placed"));
        List<TimelineEvent> later = new ArrayList<>();
        for (OmniumShipment shipment : OmniumOrderMapper.shipments(order)) {
            statusLog(shipment, later);
            shipped(order, rules, shipment, later);
        }
        comments(order, later);
        canceled(order, later);
        add(later, OmniumTimes.parse(order.completed()), "completed", "Order completed (" + order.status() + ")");
        later.stream()
                .filter(event -> !event.at().isBefore(created))
                .sorted(Comparator.comparing(TimelineEvent::at))
                .forEach(events::add);
        return events;
    }

    private static void statusLog(OmniumShipment shipment, List<TimelineEvent> events) {
        if (shipment.orderStatusLog() == null) {
            return;
        }
        for (OmniumStatusLogEntry entry : shipment.orderStatusLog()) {
            add(events, OmniumTimes.parse(entry.timestamp()), "status_changed", "Status changed to " + entry.status());
        }
    }

    private static void shipped(
            OmniumOrder order, OmniumStatusRules rules, OmniumShipment source, List<TimelineEvent> events) {
        Shipment shipment = OmniumShipmentMapper.toShipment(order, rules, source);
        if (shipment == null) {
            return;
        }
        String carrier = shipment.carrier() == null ? "" : " with " + shipment.carrier();
        String tracking = shipment.trackingNumbers().isEmpty()
                ? ""
                : " (" + shipment.trackingNumbers().getFirst() + ")";
        add(events, shipment.shippedAt(), "shipped", "Shipped" + carrier + tracking);
        add(events, shipment.deliveredAt(), "delivered", "Delivered");
    }

    private static void comments(OmniumOrder order, List<TimelineEvent> events) {
        if (order.orderNotes() == null) {
            return;
        }
        for (OmniumComment note : order.orderNotes()) {
            String text = OmniumAddressMapper.blankToNull(note.detail());
            if (text != null) {
                String prefix = OmniumOrderNotes.isCancelReason(note) ? "Cancel reason: " : "";
                add(events, OmniumTimes.parse(note.created()), "comment", prefix + text);
            }
        }
    }

    private static void canceled(OmniumOrder order, List<TimelineEvent> events) {
        OmniumOrderMapper.lines(order).stream()
                .map(OmniumOrderLine::canceledDate)
                .map(OmniumTimes::parse)
                .filter(Objects::nonNull)
                .min(OffsetDateTime::compareTo)
                .ifPresent(at -> events.add(new TimelineEvent(at, "canceled", "Order canceled")));
    }

    private static void add(List<TimelineEvent> events, @Nullable OffsetDateTime at, String type, String message) {
        if (at != null) {
            events.add(new TimelineEvent(at, type, message));
        }
    }
}
