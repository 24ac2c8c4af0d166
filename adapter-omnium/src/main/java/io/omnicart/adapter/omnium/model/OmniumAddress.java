package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A customer address ({@code OmniumAddress}, reference §8): no first/last name; {@code purposes} Shipping, Billing… */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumAddress(
        @Nullable String name,
        @Nullable String line1,
        @Nullable String line2,
        @Nullable String streetNumber,
        @Nullable String postalCode,
        @Nullable String city,
        @Nullable String state,
        @Nullable String regionName,
        @Nullable String countryCode,
        @Nullable String phone,
        @Nullable List<String> purposes) {}
