package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The customer relation of an order ({@code *customer}). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaOrderCustomer(
        @Nullable String id,
        @Nullable String email,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable Boolean hasAccount) {}
