package io.omnicart.core.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

public record Customer(
        String id,
        @Nullable String email,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String phone,
        @Nullable String company,
        CustomerType type,
        List<Address> addresses,
        OffsetDateTime createdAt) {

    public Customer {
        addresses = List.copyOf(addresses);
    }
}
