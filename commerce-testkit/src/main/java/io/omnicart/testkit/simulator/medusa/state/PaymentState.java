package io.omnicart.testkit.simulator.medusa.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A payment ({@code pay_…}) with its captures ({@code capt_…}) and refunds ({@code ref_…}). */
public final class PaymentState {

    public final String id;
    public final String collectionId;
    public final String sessionId;
    public final String currencyCode;
    public final BigDecimal amount;
    public @Nullable Instant capturedAt;
    public @Nullable Instant canceledAt;
    public final List<MoneyEvent> captures = new ArrayList<>();
    public final List<MoneyEvent> refunds = new ArrayList<>();
    public final Instant createdAt;
    public Instant updatedAt;

    public PaymentState(
            String id,
            String collectionId,
            String sessionId,
            String currencyCode,
            BigDecimal amount,
            Instant createdAt) {
        this.id = id;
        this.collectionId = collectionId;
        this.sessionId = sessionId;
        this.currencyCode = currencyCode;
        this.amount = amount;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** A capture or refund of an amount. */
    public record MoneyEvent(
            String id, BigDecimal amount, @Nullable String createdBy, Instant createdAt) {}
}
