package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A customer; {@code has_account} tells registered from guest (reference §8). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaCustomer(
        @Nullable String id,
        @Nullable String email,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String phone,
        @Nullable String companyName,
        @Nullable Boolean hasAccount,
        @Nullable List<MedusaAddress> addresses,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime updatedAt) {}
