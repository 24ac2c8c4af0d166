package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.mapping.MedusaOrderMapper.list;

import io.omnicart.adapter.medusa.model.MedusaAddress;
import io.omnicart.adapter.medusa.model.MedusaCustomer;
import io.omnicart.core.model.Address;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerType;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Medusa customers (reference §8): registered exactly when {@code has_account} is true (guest checkouts and customers
 * created by staff have none); default addresses first.
 */
public final class MedusaCustomerMapper {

    private MedusaCustomerMapper() {}

    public static Customer toCustomer(MedusaCustomer customer) {
        return new Customer(
                customer.id(),
                MedusaAddressMapper.blankToNull(customer.email()),
                MedusaAddressMapper.blankToNull(customer.firstName()),
                MedusaAddressMapper.blankToNull(customer.lastName()),
                MedusaAddressMapper.blankToNull(customer.phone()),
                MedusaAddressMapper.blankToNull(customer.companyName()),
                Boolean.TRUE.equals(customer.hasAccount()) ? CustomerType.REGISTERED : CustomerType.GUEST,
                addresses(list(customer.addresses())),
                customer.createdAt());
    }

    private static List<Address> addresses(List<MedusaAddress> addresses) {
        return addresses.stream()
                .sorted(Comparator.comparing(MedusaCustomerMapper::isDefault).reversed())
                .map(MedusaAddressMapper::toAddress)
                .filter(Objects::nonNull)
                .toList();
    }

    private static boolean isDefault(MedusaAddress address) {
        return Boolean.TRUE.equals(address.isDefaultShipping()) || Boolean.TRUE.equals(address.isDefaultBilling());
    }
}
