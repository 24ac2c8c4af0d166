package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.Shipment;
import io.omnicart.core.model.TimelineEvent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The history of one order while it is being written: events (in any order) and shipments. */
final class DemoTimeline {

    private final List<TimelineEvent> events = new ArrayList<>();
    private final List<Shipment> shipments = new ArrayList<>();

    void add(OffsetDateTime at, String type, String message) {
        events.add(new TimelineEvent(at, type, message));
    }

    void add(Shipment shipment) {
        shipments.add(shipment);
    }

    /** The latest moment written so far. */
    OffsetDateTime last() {
        return events.stream()
                .map(TimelineEvent::at)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** The events, oldest first. */
    List<TimelineEvent> events() {
        return events.stream().sorted(Comparator.comparing(TimelineEvent::at)).toList();
    }

    List<Shipment> shipments() {
        return List.copyOf(shipments);
    }
}
