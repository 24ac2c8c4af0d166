package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumAddress;
import io.omnicart.adapter.omnium.model.OmniumCustomer;
import io.omnicart.core.model.Address;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Omnium customers (reference §8) to the normalized {@link Customer}. Private customers carry first and last name;
 * business customers their company as {@code name}. Omnium has no self sign-up flag: a customer-club member is taken
 * as registered, everyone else (created by checkout or staff) as a guest. Addresses: the list, else the primary one.
 * Pure.
 */
public final class OmniumCustomerMapper {

    private OmniumCustomerMapper() {}

    public static Customer toCustomer(OmniumCustomer customer) {
        String company = isBusiness(customer) ? OmniumAddressMapper.blankToNull(customer.name()) : null;
        return new Customer(
                customer.customerId() == null ? "" : customer.customerId(),
                OmniumAddressMapper.blankToNull(customer.email()),
                OmniumAddressMapper.blankToNull(customer.firstName()),
                OmniumAddressMapper.blankToNull(customer.lastName()),
                OmniumAddressMapper.blankToNull(customer.phone()),
                company,
                Boolean.TRUE.equals(customer.isCustomerClubMember()) ? CustomerType.REGISTERED : CustomerType.GUEST,
                addresses(customer, company),
                OmniumTimes.parseOrEpoch(customer.created()));
    }

    static boolean isBusiness(OmniumCustomer customer) {
        return customer.customerType() != null
                && customer.customerType().toUpperCase(Locale.ROOT).equals("B2B");
    }

    private static List<Address> addresses(OmniumCustomer customer, String company) {
        List<Address> addresses = new ArrayList<>();
        if (customer.addresses() != null) {
            for (OmniumAddress address : customer.addresses()) {
                addresses.add(OmniumAddressMapper.toAddress(address, company));
            }
        }
        if (addresses.isEmpty() && customer.address() != null) {
            addresses.add(OmniumAddressMapper.toAddress(customer.address(), company));
        }
        return addresses;
    }
}
