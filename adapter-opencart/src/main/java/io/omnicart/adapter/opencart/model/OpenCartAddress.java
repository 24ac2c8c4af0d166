package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A postal address of an order or a customer (PROTOCOL.md §4.3); {@code addressId}/{@code isDefault} only on customers. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartAddress(
        @Nullable Long addressId,
        @JsonProperty("default") @Nullable Boolean isDefault,
        @Nullable String firstname,
        @Nullable String lastname,
        @Nullable String company,
        @JsonProperty("address_1") @Nullable String address1,
        @JsonProperty("address_2") @Nullable String address2,
        @Nullable String city,
        @Nullable String postcode,
        @Nullable String country,
        @JsonProperty("iso_code_2") @Nullable String isoCode2,
        @Nullable String zone,
        @Nullable String zoneCode) {}
