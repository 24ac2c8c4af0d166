package io.omnicart.adapter.opencart.mapping;

import io.omnicart.adapter.opencart.model.OpenCartAddress;
import io.omnicart.adapter.opencart.model.OpenCartCategory;
import io.omnicart.adapter.opencart.model.OpenCartCustomer;
import io.omnicart.core.model.Address;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * OpenCart customers and categories. Every OpenCart customer has an account ({@code registered}); guests exist only on
 * their orders. The company is the default address's (OpenCart keeps none on the customer). Categories have no handle.
 */
public final class OpenCartCustomerMapper {

    private static final OffsetDateTime UNKNOWN_TIME = Instant.EPOCH.atOffset(ZoneOffset.UTC);

    private OpenCartCustomerMapper() {}

    public static Customer toCustomer(OpenCartCustomer customer) {
        List<OpenCartAddress> book = defaultFirst(customer);
        List<Address> addresses = book.stream()
                .map(address -> OpenCartAddressMapper.toAddress(address, customer.telephone()))
                .toList();
        return new Customer(
                Long.toString(customer.customerId()),
                OpenCartAddressMapper.blankToNull(customer.email()),
                OpenCartAddressMapper.blankToNull(customer.firstname()),
                OpenCartAddressMapper.blankToNull(customer.lastname()),
                OpenCartAddressMapper.blankToNull(customer.telephone()),
                book.isEmpty()
                        ? null
                        : OpenCartAddressMapper.blankToNull(book.getFirst().company()),
                CustomerType.REGISTERED,
                addresses,
                customer.dateAdded() == null ? UNKNOWN_TIME : customer.dateAdded());
    }

    /** Whether {@code q} is part of the e-mail, the full name or the company, ignoring case. */
    public static boolean matches(Customer customer, String q) {
        String needle = q.strip().toLowerCase(Locale.ROOT);
        String name = OpenCartAddressMapper.name(customer.firstName(), customer.lastName());
        return contains(customer.email(), needle) || contains(name, needle) || contains(customer.company(), needle);
    }

    public static Collection toCollection(OpenCartCategory category) {
        return new Collection(
                Long.toString(category.categoryId()),
                category.name() == null ? "" : category.name(),
                null,
                category.productCount(),
                category.dateAdded(),
                category.dateModified());
    }

    private static List<OpenCartAddress> defaultFirst(OpenCartCustomer customer) {
        return OpenCartOrderMapper.list(customer.addresses()).stream()
                .sorted(Comparator.comparing(a -> !isDefault(a, customer.defaultAddressId())))
                .toList();
    }

    private static boolean isDefault(OpenCartAddress address, @Nullable Long defaultId) {
        return Boolean.TRUE.equals(address.isDefault()) || defaultId != null && defaultId.equals(address.addressId());
    }

    private static boolean contains(@Nullable String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
