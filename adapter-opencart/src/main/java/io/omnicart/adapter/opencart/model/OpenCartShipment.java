package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A shipment the bridge recorded for an order (OpenCart itself has no tracking field). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartShipment(
        long shipmentId,
        @Nullable String trackingNumber,
        @Nullable String carrier,
        @Nullable Long orderHistoryId,
        @Nullable OffsetDateTime dateAdded) {}
