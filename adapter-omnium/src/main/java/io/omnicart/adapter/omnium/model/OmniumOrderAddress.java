package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** {@code OmniumOrderAddress} (reference §5.5), also used by shipments and carts. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumOrderAddress(
        @Nullable String name,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String organization,
        @Nullable String line1,
        @Nullable String line2,
        @Nullable String streetNumber,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String state,
        @Nullable String regionName,
        @Nullable String countryCode,
        @Nullable String email,
        @Nullable String phone) {}
