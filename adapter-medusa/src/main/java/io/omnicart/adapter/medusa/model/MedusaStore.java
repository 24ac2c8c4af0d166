package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The store record (reference §10). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaStore(
        @Nullable String id,
        @Nullable String name,
        @Nullable String defaultRegionId,
        @Nullable String defaultSalesChannelId,
        @Nullable String defaultLocationId,
        @Nullable List<MedusaStoreCurrency> supportedCurrencies) {}
