package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A store or warehouse ({@code GET /api/Stores}, reference §10). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumStore(
        @Nullable String id,
        @Nullable String name,
        @Nullable Boolean isPrimaryStore,
        @Nullable Boolean isWarehouse,
        @Nullable Boolean isWebWarehouse,
        @Nullable Boolean isInactive) {}
