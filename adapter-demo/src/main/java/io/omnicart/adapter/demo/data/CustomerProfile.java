package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.Address;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerType;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A customer before the order history fixes when they signed up (and so their id). */
record CustomerProfile(
        String firstName,
        String lastName,
        String email,
        @Nullable String phone,
        @Nullable String company,
        CustomerType type,
        List<Address> addresses) {

    CustomerProfile {
        addresses = List.copyOf(addresses);
    }

    Customer toCustomer(String id, OffsetDateTime createdAt) {
        return new Customer(id, email, firstName, lastName, phone, company, type, addresses, createdAt);
    }
}
