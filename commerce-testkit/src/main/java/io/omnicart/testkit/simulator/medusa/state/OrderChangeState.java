package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A confirmed order change ({@code ordch_…}) that moved the order to {@code version}, with its actions such as
 * {@code FULFILL_ITEM}, {@code SHIP_ITEM}, {@code DELIVER_ITEM}.
 */
public record OrderChangeState(
        String id, int version, @Nullable String createdBy, Instant createdAt, List<Action> actions) {

    public OrderChangeState {
        actions = List.copyOf(actions);
    }

    /**
     * One action ({@code ordchact_…}). Medusa sends the quantity of fulfill actions as a number and that of ship and
     * deliver actions as a string (samples/medusa/admin-orders-changes.json), hence {@code quantityAsText}.
     */
    public record Action(
            String id,
            int ordering,
            String action,
            String fulfillmentId,
            String itemId,
            int quantity,
            boolean quantityAsText,
            Instant createdAt) {}
}
