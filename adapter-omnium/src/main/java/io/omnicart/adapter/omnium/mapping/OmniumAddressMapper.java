package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumAddress;
import io.omnicart.adapter.omnium.model.OmniumOrderAddress;
import io.omnicart.core.model.Address;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Omnium's two address shapes (order, reference §5.5; customer, §8) to the normalized {@link Address}. Pure. */
public final class OmniumAddressMapper {

    private OmniumAddressMapper() {}

    public static @Nullable Address toAddress(@Nullable OmniumOrderAddress address) {
        if (address == null) {
            return null;
        }
        String name = blankToNull(address.name());
        if (name == null) {
            name = blankToNull(join(address.firstName(), address.lastName()));
        }
        return new Address(
                name,
                blankToNull(address.organization()),
                street(address.line1(), address.streetNumber()),
                blankToNull(address.line2()),
                blankToNull(address.city()),
                province(address.state(), address.regionName()),
                blankToNull(address.postalCode()),
                country(address.countryCode()),
                blankToNull(address.phone()));
    }

    public static Address toAddress(OmniumAddress address, @Nullable String company) {
        return new Address(
                blankToNull(address.name()),
                blankToNull(company),
                street(address.line1(), address.streetNumber()),
                blankToNull(address.line2()),
                blankToNull(address.city()),
                province(address.state(), address.regionName()),
                blankToNull(address.postalCode()),
                country(address.countryCode()),
                blankToNull(address.phone()));
    }

    static @Nullable String join(@Nullable String first, @Nullable String last) {
        String joined = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return joined.isEmpty() ? null : joined;
    }

    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** {@code line1} with a separate {@code streetNumber} appended when Omnium keeps it apart. */
    private static @Nullable String street(@Nullable String line1, @Nullable String number) {
        String street = blankToNull(line1);
        String no = blankToNull(number);
        if (street == null || no == null || street.endsWith(" " + no)) {
            return street;
        }
        return street + " " + no;
    }

    private static @Nullable String province(@Nullable String state, @Nullable String regionName) {
        String value = blankToNull(state);
        return value != null ? value : blankToNull(regionName);
    }

    private static @Nullable String country(@Nullable String code) {
        String value = blankToNull(code);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
