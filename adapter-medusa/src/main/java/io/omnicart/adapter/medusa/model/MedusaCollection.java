package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A product collection (reference §9). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaCollection(
        @Nullable String id,
        @Nullable String title,
        @Nullable String handle,
        @Nullable List<MedusaProductRef> products,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime updatedAt) {}
