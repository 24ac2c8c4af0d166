package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A payment collection of an order. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaPaymentCollection(
        @Nullable String id,
        @Nullable String status,
        @Nullable List<MedusaPayment> payments) {}
