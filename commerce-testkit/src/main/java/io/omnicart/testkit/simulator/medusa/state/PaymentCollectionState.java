package io.omnicart.testkit.simulator.medusa.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A payment collection ({@code pay_col_…}) and its payments. Status is Medusa's: {@code not_paid, awaiting,
 * authorized, partially_authorized, canceled, completed}.
 */
public final class PaymentCollectionState {

    public final String id;
    public final String currencyCode;
    public String status;
    public final BigDecimal amount;
    public BigDecimal authorized = BigDecimal.ZERO;
    public BigDecimal captured = BigDecimal.ZERO;
    public BigDecimal refunded = BigDecimal.ZERO;
    public @Nullable Instant completedAt;
    public final List<PaymentState> payments = new ArrayList<>();
    public final Instant createdAt;
    public Instant updatedAt;

    public PaymentCollectionState(String id, String currencyCode, String status, BigDecimal amount, Instant createdAt) {
        this.id = id;
        this.currencyCode = currencyCode;
        this.status = status;
        this.amount = amount;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }
}
