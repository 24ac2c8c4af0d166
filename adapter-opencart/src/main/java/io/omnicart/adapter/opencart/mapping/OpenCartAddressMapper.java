package io.omnicart.adapter.opencart.mapping;

import io.omnicart.adapter.opencart.model.OpenCartAddress;
import io.omnicart.core.model.Address;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** OpenCart addresses (order payment/shipping, customer address book) as OmniCart addresses. */
public final class OpenCartAddressMapper {

    private OpenCartAddressMapper() {}

    public static @Nullable Address toAddress(@Nullable OpenCartAddress address, @Nullable String phone) {
        if (address == null) {
            return null;
        }
        String country = blankToNull(address.isoCode2());
        return new Address(
                name(address.firstname(), address.lastname()),
                blankToNull(address.company()),
                blankToNull(address.address1()),
                blankToNull(address.address2()),
                blankToNull(address.city()),
                blankToNull(address.zone()),
                blankToNull(address.postcode()),
                country == null ? null : country.toUpperCase(Locale.ROOT),
                blankToNull(phone));
    }

    public static @Nullable String name(@Nullable String first, @Nullable String last) {
        String joined = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return joined.isEmpty() ? null : joined;
    }

    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
