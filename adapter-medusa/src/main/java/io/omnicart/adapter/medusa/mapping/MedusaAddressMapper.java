package io.omnicart.adapter.medusa.mapping;

import io.omnicart.adapter.medusa.model.MedusaAddress;
import io.omnicart.core.model.Address;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Medusa addresses (lower-case ISO-2 countries, reference §1) to the normalized {@link Address}. */
public final class MedusaAddressMapper {

    private MedusaAddressMapper() {}

    public static @Nullable Address toAddress(@Nullable MedusaAddress address) {
        if (address == null) {
            return null;
        }
        return new Address(
                name(address.firstName(), address.lastName()),
                blankToNull(address.company()),
                blankToNull(address.address1()),
                blankToNull(address.address2()),
                blankToNull(address.city()),
                blankToNull(address.province()),
                blankToNull(address.postalCode()),
                country(address.countryCode()),
                blankToNull(address.phone()));
    }

    /** "First Last", whichever parts exist; null when neither does. */
    public static @Nullable String name(@Nullable String first, @Nullable String last) {
        String name = Stream.of(first, last)
                .map(MedusaAddressMapper::blankToNull)
                .filter(part -> part != null)
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }

    static @Nullable String country(@Nullable String code) {
        String value = blankToNull(code);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
