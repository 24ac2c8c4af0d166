package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A private (B2C) or business (B2B) customer (reference §8); B2B carries the company {@code name} and contacts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumCustomer(
        @Nullable String customerId,
        @Nullable String customerNumber,
        @Nullable String customerType,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String fullName,
        @Nullable String name,
        @Nullable String taxId,
        @Nullable Boolean isCustomerClubMember,
        @Nullable Boolean isInactive,
        @Nullable OmniumAddress address,
        @Nullable List<OmniumAddress> addresses,
        @Nullable List<String> tags,
        @Nullable String created) {}
