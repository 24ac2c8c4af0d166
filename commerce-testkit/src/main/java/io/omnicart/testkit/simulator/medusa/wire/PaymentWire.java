package io.omnicart.testkit.simulator.medusa.wire;

import io.omnicart.testkit.simulator.medusa.state.PaymentCollectionState;
import io.omnicart.testkit.simulator.medusa.state.PaymentState;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Payment collections, payments, captures and refunds. */
public final class PaymentWire {

    WireRow row(PaymentCollectionState collection) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("amount", collection.amount);
        amounts.put("authorized_amount", collection.authorized);
        amounts.put("captured_amount", collection.captured);
        amounts.put("refunded_amount", collection.refunded);
        WireRow row = new WireRow()
                .col("id", collection.id)
                .col("currency_code", collection.currencyCode)
                .col("completed_at", collection.completedAt)
                .col("status", collection.status)
                .col("metadata", null);
        amounts.forEach((name, amount) -> row.col("raw_" + name, MedusaJson.raw(amount)));
        row.timestamps(collection.createdAt, collection.updatedAt);
        amounts.forEach(row::col);
        return row.rows("payments", collection.payments, this::payment);
    }

    /** A payment as its collection shows it. */
    public WireRow payment(PaymentState payment) {
        return new WireRow()
                .col("id", payment.id)
                .col("currency_code", payment.currencyCode)
                .col("provider_id", "pp_system_default")
                .col("data", MedusaJson.object())
                .col("metadata", null)
                .col("captured_at", payment.capturedAt)
                .col("canceled_at", payment.canceledAt)
                .col("payment_collection_id", payment.collectionId)
                .col("payment_session", MedusaJson.idOnly(payment.sessionId))
                .col("raw_amount", MedusaJson.raw(payment.amount))
                .timestamps(payment.createdAt, payment.updatedAt)
                .col("payment_session_id", payment.sessionId)
                .col("amount", payment.amount)
                .rows("refunds", payment.refunds, refund -> event(payment, refund))
                .rows("captures", payment.captures, capture -> event(payment, capture));
    }

    private static WireRow event(PaymentState payment, PaymentState.MoneyEvent event) {
        return new WireRow()
                .col("id", event.id())
                .col("payment_id", payment.id)
                .col("metadata", null)
                .col("created_by", event.createdBy())
                .col("raw_amount", MedusaJson.raw(event.amount()))
                .timestamps(event.createdAt(), event.createdAt())
                .col("amount", event.amount());
    }
}
