package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A payment transaction (reference §5.5): {@code transactionType} Authorization, Capture, Credit, Void…, a status. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumPayment(
        @Nullable String id,
        @Nullable String paymentMethodName,
        @Nullable String transactionType,
        @Nullable String status,
        @Nullable BigDecimal amount,
        @Nullable String created) {}
