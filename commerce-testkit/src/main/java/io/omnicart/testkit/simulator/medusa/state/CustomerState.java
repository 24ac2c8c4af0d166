package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A customer; {@code hasAccount} marks one registered through the store (reference §8). */
public final class CustomerState {

    public final String id;
    public @Nullable String email;
    public @Nullable String firstName;
    public @Nullable String lastName;
    public @Nullable String companyName;
    public @Nullable String phone;
    public final boolean hasAccount;
    public final @Nullable String createdBy;
    public @Nullable JsonNode metadata;
    public final List<AddressState> addresses = new ArrayList<>();
    public final Instant createdAt;
    public Instant updatedAt;

    public CustomerState(
            String id, @Nullable String email, boolean hasAccount, @Nullable String createdBy, Instant createdAt) {
        this.id = id;
        this.email = email;
        this.hasAccount = hasAccount;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** A saved customer address ({@code cuaddr_…}). */
    public record AddressState(
            String id,
            String customerId,
            @Nullable String addressName,
            boolean isDefaultShipping,
            boolean isDefaultBilling,
            AddressFields fields,
            Instant createdAt) {}
}
