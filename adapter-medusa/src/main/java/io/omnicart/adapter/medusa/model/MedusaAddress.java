package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An address on an order or a customer (reference §5.5, §8). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaAddress(
        @Nullable String id,
        @Nullable String addressName,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String company,
        @JsonProperty("address_1") @Nullable String address1,
        @JsonProperty("address_2") @Nullable String address2,
        @Nullable String city,
        @Nullable String province,
        @Nullable String postalCode,
        @Nullable String countryCode,
        @Nullable String phone,
        @Nullable Boolean isDefaultShipping,
        @Nullable Boolean isDefaultBilling) {}
