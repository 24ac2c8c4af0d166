package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A fulfillment with its timestamps and labels (reference §5.5, §5.6). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaFulfillment(
        @Nullable String id,
        @Nullable String locationId,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime packedAt,
        @Nullable OffsetDateTime shippedAt,
        @Nullable OffsetDateTime deliveredAt,
        @Nullable OffsetDateTime canceledAt,
        @Nullable List<MedusaLabel> labels,
        @Nullable List<MedusaFulfillmentItem> items,
        @Nullable Map<String, Object> metadata) {}
