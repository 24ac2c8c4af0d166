package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A store or warehouse ({@code GET /api/Stores}, reference §10): a warehouse is a store with {@code isWarehouse}; the
 * tenant's default stock location is flagged {@code isPrimaryWarehouse} and/or {@code isWebWarehouse}, for the markets
 * in {@code availableOnMarkets} (empty: every market).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumStore(
        @Nullable String id,
        @Nullable String name,
        @Nullable Boolean isPrimaryStore,
        @Nullable Boolean isWarehouse,
        @Nullable Boolean isWebWarehouse,
        @Nullable Boolean isPrimaryWarehouse,
        @Nullable Boolean isInactive,
        @Nullable List<String> availableOnMarkets) {}
