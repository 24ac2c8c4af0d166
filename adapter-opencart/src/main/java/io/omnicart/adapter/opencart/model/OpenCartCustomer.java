package io.omnicart.adapter.opencart.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A registered customer with its address book. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenCartCustomer(
        long customerId,
        @Nullable String firstname,
        @Nullable String lastname,
        @Nullable String email,
        @Nullable String telephone,
        @Nullable Boolean status,
        @Nullable OffsetDateTime dateAdded,
        @Nullable Long defaultAddressId,
        @Nullable List<OpenCartAddress> addresses,
        @Nullable Integer orderCount) {}
