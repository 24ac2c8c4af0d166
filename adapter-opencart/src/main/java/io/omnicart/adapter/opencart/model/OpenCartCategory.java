package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A category (OmniCart collection), with the number of products linked to it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartCategory(
        long categoryId,
        @Nullable Long parentId,
        @Nullable String name,
        @Nullable Boolean status,
        @Nullable Integer productCount,
        @Nullable OffsetDateTime dateAdded,
        @Nullable OffsetDateTime dateModified) {}
