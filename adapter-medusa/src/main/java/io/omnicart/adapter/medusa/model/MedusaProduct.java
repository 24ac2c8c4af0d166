package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A product with options and variants (reference §7). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaProduct(
        @Nullable String id,
        @Nullable String title,
        @Nullable String handle,
        @Nullable String status,
        @Nullable String description,
        @Nullable String thumbnail,
        @Nullable String collectionId,
        @Nullable MedusaCollectionRef collection,
        @Nullable List<MedusaProductOption> options,
        @Nullable List<MedusaVariant> variants,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime updatedAt) {}
