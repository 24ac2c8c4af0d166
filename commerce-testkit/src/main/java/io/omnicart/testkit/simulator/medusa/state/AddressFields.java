package io.omnicart.testkit.simulator.medusa.state;

import org.jspecify.annotations.Nullable;

/** The postal part shared by customer and order addresses; country code lower-case. */
public record AddressFields(
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String company,
        @Nullable String address1,
        @Nullable String address2,
        @Nullable String city,
        @Nullable String province,
        @Nullable String postalCode,
        @Nullable String countryCode,
        @Nullable String phone) {

    /** The values a {@code q} search looks at. */
    public String searchText() {
        return String.join(
                " ",
                nonNull(firstName),
                nonNull(lastName),
                nonNull(company),
                nonNull(address1),
                nonNull(address2),
                nonNull(city),
                nonNull(province),
                nonNull(postalCode),
                nonNull(phone));
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}
