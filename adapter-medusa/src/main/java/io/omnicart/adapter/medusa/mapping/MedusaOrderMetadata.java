package io.omnicart.adapter.medusa.mapping;

import io.omnicart.adapter.medusa.model.MedusaFulfillment;
import io.omnicart.adapter.medusa.model.MedusaOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the adapter keeps in an order's {@code metadata}, because Medusa has no field for it: the cancellation reason
 * (its cancel route takes none, reference §5.7) and the carrier of each shipment. Writes keep every other key.
 */
public final class MedusaOrderMetadata {

    /** The reason of a cancellation made through the gateway. */
    public static final String CANCEL_REASON = "cancel_reason";

    /** The fulfillment metadata key a carrier is also sent under (Medusa 2.0 drops it; later versions may keep it). */
    public static final String CARRIER = "carrier";

    /** {@code {fulfillment id: carrier}} of the shipments confirmed through the gateway. */
    public static final String CARRIERS = "omnicart_carriers";

    private MedusaOrderMetadata() {}

    public static @Nullable String cancelReason(MedusaOrder order) {
        return text(order.metadata() == null ? null : order.metadata().get(CANCEL_REASON));
    }

    /** The carrier of a fulfillment: from the order's carrier map, else from the fulfillment's own metadata. */
    public static @Nullable String carrier(MedusaOrder order, MedusaFulfillment fulfillment) {
        Object carriers = order.metadata() == null ? null : order.metadata().get(CARRIERS);
        Object carrier = carriers instanceof Map<?, ?> map ? map.get(fulfillment.id()) : null;
        if (carrier == null && fulfillment.metadata() != null) {
            carrier = fulfillment.metadata().get(CARRIER);
        }
        return text(carrier);
    }

    /** The metadata with {@code reason} as the cancellation reason (an empty text clears it). */
    public static Map<String, Object> withCancelReason(@Nullable Map<String, Object> metadata, Object reason) {
        Map<String, Object> next = copy(metadata);
        next.put(CANCEL_REASON, reason);
        return next;
    }

    /** The metadata with {@code carrier} recorded for each fulfillment id. */
    public static Map<String, Object> withCarrier(
            @Nullable Map<String, Object> metadata, List<String> fulfillmentIds, String carrier) {
        Map<String, Object> carriers = new LinkedHashMap<>();
        Object known = metadata == null ? null : metadata.get(CARRIERS);
        if (known instanceof Map<?, ?> map) {
            map.forEach((id, name) -> carriers.put(String.valueOf(id), name));
        }
        fulfillmentIds.forEach(id -> carriers.put(id, carrier));
        Map<String, Object> next = copy(metadata);
        next.put(CARRIERS, carriers);
        return next;
    }

    private static Map<String, Object> copy(@Nullable Map<String, Object> metadata) {
        return metadata == null ? new LinkedHashMap<>() : new LinkedHashMap<>(metadata);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value instanceof String text && !text.isBlank() ? text : null;
    }
}
