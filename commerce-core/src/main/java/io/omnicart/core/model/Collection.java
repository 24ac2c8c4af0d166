package io.omnicart.core.model;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A product grouping: Medusa collection, Omnium product category, OpenCart category. */
public record Collection(
        String id,
        String title,
        @Nullable String handle,
        @Nullable Integer productCount,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime updatedAt) {}
