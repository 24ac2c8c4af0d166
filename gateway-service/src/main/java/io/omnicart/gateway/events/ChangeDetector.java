package io.omnicart.gateway.events;

import io.omnicart.core.model.ChangeResource;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.ResourceChange;
import io.omnicart.core.port.AccountKey;
import io.omnicart.core.port.SeenVersion;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a delta query found into events, against what the feed saw before. A version seen already is no event
 * (overlapping polls, restarts). A resource unknown to the feed and created inside the polled window is {@code
 * *.created}; one created earlier is {@code *.updated} (its previous values unknown, so no {@code changes}). A draft
 * that reappears as an order is {@code draft_order.converted} plus {@code order.created}. Draft orders have no update
 * event. Pure.
 */
final class ChangeDetector {

    private ChangeDetector() {}

    /** What the change means: its events (none, one or two) and the state to remember. */
    record Detection(List<ChangeEvent> events, SeenVersion state) {}

    static Detection detect(
            AccountKey account,
            Platform platform,
            ResourceChange change,
            @Nullable SeenVersion prior,
            Instant windowStart,
            Instant detectedAt) {
        SeenVersion state = new SeenVersion(change.resource(), change.version(), change.facts());
        if (prior != null
                && prior.resource() == change.resource()
                && prior.version().equals(change.version())) {
            return new Detection(List.of(), prior);
        }
        String id = EventIds.of(
                account.workspaceId(), account.accountId(), change.resource(), change.id(), change.version());
        Event event = new Event(account, platform, change, detectedAt);
        if (prior != null
                && prior.resource() == ChangeResource.DRAFT_ORDER
                && change.resource() == ChangeResource.ORDER) {
            return new Detection(
                    List.of(
                            event.of(
                                    EventIds.derived(id, "converted"),
                                    EventType.DRAFT_ORDER_CONVERTED,
                                    "draft_order",
                                    null),
                            event.of(id, EventType.ORDER_CREATED, null, null)),
                    state);
        }
        boolean created = prior == null
                && change.createdAt() != null
                && !change.createdAt().isBefore(windowStart);
        if (created) {
            return new Detection(List.of(event.of(id, EventType.created(change.resource()), null, null)), state);
        }
        if (change.resource() == ChangeResource.DRAFT_ORDER) {
            return new Detection(List.of(), state);
        }
        boolean stock = change.resource() == ChangeResource.INVENTORY;
        Map<String, FieldChange> moved =
                prior == null && !stock ? null : moved(prior == null ? Map.of() : prior.facts(), change.facts());
        if (stock && moved.isEmpty()) {
            return new Detection(List.of(), state);
        }
        return new Detection(List.of(event.of(id, EventType.updated(change.resource()), null, moved)), state);
    }

    private static Map<String, FieldChange> moved(Map<String, String> before, Map<String, String> after) {
        Map<String, FieldChange> moved = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            String previous = before.get(field);
            if (!Objects.equals(previous, value)) {
                moved.put(field, new FieldChange(previous, value));
            }
        });
        return moved;
    }

    /** The parts every event of one change shares. */
    private record Event(AccountKey account, Platform platform, ResourceChange change, Instant detectedAt) {

        ChangeEvent of(
                String id, EventType type, @Nullable String resourceType, @Nullable Map<String, FieldChange> changes) {
            return new ChangeEvent(
                    id,
                    type.wire(),
                    account.accountId(),
                    platform.wire(),
                    new EventResource(resourceType == null ? change.resource().wire() : resourceType, change.id()),
                    change.modifiedAt(),
                    detectedAt,
                    changes,
                    change.summary());
        }
    }
}
