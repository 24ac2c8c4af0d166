package io.omnicart.adapter.opencart.mapping;

import io.omnicart.adapter.opencart.model.OpenCartHistory;
import io.omnicart.adapter.opencart.model.OpenCartOrder;
import io.omnicart.adapter.opencart.model.OpenCartShipment;
import io.omnicart.core.model.Shipment;
import io.omnicart.core.model.TimelineEvent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An order's history rows as its timeline, and the bridge's tracking rows as shipments. A shipment's tracking URL is
 * read back from the comment of the history entry that shipped it (the adapter writes it there, so the customer's
 * notification e-mail carries it too); it was delivered when the order reached Complete after it.
 */
public final class OpenCartTimelineMapper {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private OpenCartTimelineMapper() {}

    public static List<TimelineEvent> timeline(OffsetDateTime created, List<OpenCartHistory> history) {
        List<TimelineEvent> events = new ArrayList<>();
        boolean placedLogged =
                !history.isEmpty() && created.equals(history.getFirst().dateAdded());
        if (!placedLogged) {
            events.add(new TimelineEvent(created, "placed", "Order placed"));
        }
        for (int i = 0; i < history.size(); i++) {
            OpenCartHistory entry = history.get(i);
            if (entry.dateAdded() == null) {
                continue;
            }
            String type = i == 0 && placedLogged ? "placed" : OpenCartStatusMapper.eventType(entry.orderStatusId());
            events.add(new TimelineEvent(entry.dateAdded(), type, message(entry)));
        }
        events.sort(Comparator.comparing(TimelineEvent::at));
        return events;
    }

    public static List<Shipment> shipments(
            OpenCartOrder order, List<OpenCartHistory> history, List<OpenCartShipment> shipments) {
        OffsetDateTime delivered = order.orderStatusId() == OpenCartStatusMapper.COMPLETE ? completedAt(history) : null;
        return shipments.stream()
                .map(shipment -> new Shipment(
                        Long.toString(shipment.shipmentId()),
                        OpenCartAddressMapper.blankToNull(shipment.carrier()),
                        shipment.trackingNumber() == null ? List.of() : List.of(shipment.trackingNumber()),
                        trackingUrls(shipment, history),
                        shipment.dateAdded(),
                        delivered))
                .toList();
    }

    private static List<String> trackingUrls(OpenCartShipment shipment, List<OpenCartHistory> history) {
        if (shipment.orderHistoryId() == null) {
            return List.of();
        }
        return history.stream()
                .filter(entry -> entry.orderHistoryId() == shipment.orderHistoryId())
                .map(OpenCartHistory::comment)
                .map(OpenCartTimelineMapper::firstUrl)
                .filter(url -> url != null)
                .toList();
    }

    private static @Nullable OffsetDateTime completedAt(List<OpenCartHistory> history) {
        OffsetDateTime at = null;
        for (OpenCartHistory entry : history) {
            if (entry.orderStatusId() == OpenCartStatusMapper.COMPLETE) {
                at = entry.dateAdded();
            }
        }
        return at;
    }

    static @Nullable String firstUrl(@Nullable String comment) {
        if (comment == null) {
            return null;
        }
        Matcher matcher = URL.matcher(comment);
        return matcher.find() ? matcher.group().replaceAll("[.,;:)]+$", "") : null;
    }

    private static String message(OpenCartHistory entry) {
        String status = entry.orderStatus() == null ? "Status " + entry.orderStatusId() : entry.orderStatus();
        String comment = OpenCartAddressMapper.blankToNull(entry.comment());
        return comment == null ? status : status + ": " + comment;
    }
}
