package io.omnicart.testkit.simulator.seed;

import org.jspecify.annotations.Nullable;

/** A postal address; {@code countryCode} is ISO-3166 alpha-2 (any case). */
public record SeedAddress(
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String company,
        String line1,
        @Nullable String line2,
        String city,
        @Nullable String province,
        String postalCode,
        String countryCode,
        @Nullable String phone) {}
