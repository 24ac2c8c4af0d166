package io.omnicart.core.model;

import org.jspecify.annotations.Nullable;

/** A postal address; {@code countryCode} is ISO-3166 alpha-2 upper-case. */
public record Address(
        @Nullable String name,
        @Nullable String company,
        @Nullable String line1,
        @Nullable String line2,
        @Nullable String city,
        @Nullable String province,
        @Nullable String postalCode,
        @Nullable String countryCode,
        @Nullable String phone) {}
