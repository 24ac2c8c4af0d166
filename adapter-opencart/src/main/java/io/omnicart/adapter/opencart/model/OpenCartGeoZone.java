package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A geo zone (shipping and tax area) with the countries it covers, as the bridge's {@code settings} list them. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartGeoZone(
        long geoZoneId, @Nullable String name, @Nullable List<Country> countries) {

    /** One country of a geo zone. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Country(
            long countryId,
            @JsonProperty("iso_code_2") @Nullable String isoCode2,
            @Nullable String name) {}
}
