package io.omnicart.core.model;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One resource as a delta query found it.
 *
 * @param resource what kind of resource
 * @param id the resource's id (for inventory: the SKU, with the location when the store has several)
 * @param modifiedAt the store's modification time of this version
 * @param createdAt the store's creation time, when it knows one
 * @param version what identifies this version upstream (a modification time or a version counter), so the same
 *     upstream change always yields the same event id
 * @param summary the normalized resource as read now ({@code OrderSummary}, {@code Product}, {@code Customer},
 *     {@code DraftOrder}, {@code InventoryLevel})
 * @param facts the values whose movement an event reports as {@code changes} (for orders {@code status}, {@code
 *     paymentStatus}, {@code fulfillmentStatus}, {@code items}, {@code totals}; for inventory {@code quantity})
 */
public record ResourceChange(
        ChangeResource resource,
        String id,
        Instant modifiedAt,
        @Nullable Instant createdAt,
        String version,
        Object summary,
        Map<String, String> facts) {

    public ResourceChange {
        facts = Map.copyOf(facts);
    }
}
