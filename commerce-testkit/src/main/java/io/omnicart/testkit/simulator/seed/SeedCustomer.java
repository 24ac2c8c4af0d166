package io.omnicart.testkit.simulator.seed;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A customer. {@code registered} customers signed up themselves; the others are guests (created by a checkout) or were
 * created by staff. The first address is the default for shipping and billing.
 */
public record SeedCustomer(
        String email,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String phone,
        @Nullable String company,
        boolean registered,
        List<SeedAddress> addresses) {

    public SeedCustomer {
        addresses = List.copyOf(addresses);
    }
}
