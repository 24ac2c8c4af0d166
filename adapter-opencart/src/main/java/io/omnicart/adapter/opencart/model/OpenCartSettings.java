package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The store settings the adapter needs (PROTOCOL.md §4.2). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartSettings(
        @Nullable String storeName,
        @Nullable String url,
        @Nullable String defaultCurrency,
        @Nullable List<OpenCartCurrency> currencies,
        @Nullable String timezone,
        @Nullable OpenCartLanguage language,
        @Nullable List<OpenCartOrderStatus> orderStatuses,
        @Nullable List<Integer> processingStatusIds,
        @Nullable List<Integer> completeStatusIds,
        @Nullable List<OpenCartGeoZone> geoZones) {}
