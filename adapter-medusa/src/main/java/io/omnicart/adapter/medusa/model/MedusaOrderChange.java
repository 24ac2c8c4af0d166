package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One entry of {@code GET /admin/orders/{id}/changes} (reference §5.6). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaOrderChange(
        @Nullable String id,
        @Nullable String changeType,
        @Nullable String status,
        @Nullable String description,
        @Nullable String declinedReason,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime confirmedAt,
        @Nullable OffsetDateTime declinedAt,
        @Nullable OffsetDateTime canceledAt,
        @Nullable List<MedusaOrderChangeAction> actions) {}
