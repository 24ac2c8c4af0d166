package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A payment of a payment collection, with its captures and refunds. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaPayment(
        @Nullable String id,
        @Nullable BigDecimal amount,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime capturedAt,
        @Nullable OffsetDateTime canceledAt,
        @Nullable List<MedusaPaymentTransaction> captures,
        @Nullable List<MedusaPaymentTransaction> refunds) {}
