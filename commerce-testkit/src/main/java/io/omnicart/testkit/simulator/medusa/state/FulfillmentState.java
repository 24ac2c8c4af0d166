package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A fulfillment ({@code ful_…}): which line quantities it covers, its timestamps and shipping labels. */
public final class FulfillmentState {

    public final String id;
    public final String locationId;
    public final String shippingOptionId;
    public final String deliveryAddressId;
    public final @Nullable String createdBy;
    public final Map<String, Integer> quantities = new LinkedHashMap<>();
    public final List<Label> labels = new ArrayList<>();
    public @Nullable Instant packedAt;
    public @Nullable Instant shippedAt;
    public @Nullable String shippedBy;
    public @Nullable Instant deliveredAt;
    public @Nullable Instant canceledAt;
    public final Instant createdAt;
    public Instant updatedAt;

    public FulfillmentState(
            String id,
            String locationId,
            String shippingOptionId,
            String deliveryAddressId,
            @Nullable String createdBy,
            Instant createdAt) {
        this.id = id;
        this.locationId = locationId;
        this.shippingOptionId = shippingOptionId;
        this.deliveryAddressId = deliveryAddressId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public boolean isActive() {
        return canceledAt == null;
    }

    /** A shipping label ({@code fulla_…}) with tracking data. */
    public record Label(
            String id,
            @Nullable String trackingNumber,
            @Nullable String trackingUrl,
            @Nullable String labelUrl,
            Instant createdAt) {}
}
