package io.omnicart.core.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

public record Shipment(
        String id,
        @Nullable String carrier,
        List<String> trackingNumbers,
        List<String> trackingUrls,
        @Nullable OffsetDateTime shippedAt,
        @Nullable OffsetDateTime deliveredAt) {

    public Shipment {
        trackingNumbers = List.copyOf(trackingNumbers);
        trackingUrls = List.copyOf(trackingUrls);
    }
}
