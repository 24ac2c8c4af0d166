package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumOrderForm;
import io.omnicart.adapter.omnium.model.OmniumPayment;
import io.omnicart.core.model.PaymentStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Omnium has no payment status on the order (reference §5.6): it is derived from the processed payment transactions
 * (Authorization, Capture/Sale/Invoiced, Credit, Void/ReleaseRemainingAuthorization; failed ones ignored) against the
 * order total, falling back to the form's payment totals when no transaction is listed. Pure.
 */
public final class OmniumPaymentStatusMapper {

    private OmniumPaymentStatusMapper() {}

    public static PaymentStatus paymentStatus(@Nullable OmniumOrderForm form) {
        if (form == null) {
            return PaymentStatus.UNKNOWN;
        }
        Sums sums = sums(form);
        BigDecimal total = OmniumMoney.orZero(form.total());
        if (sums.credited().signum() > 0) {
            return sums.credited().compareTo(sums.captured()) >= 0
                    ? PaymentStatus.REFUNDED
                    : PaymentStatus.PARTIALLY_REFUNDED;
        }
        if (sums.captured().signum() > 0) {
            return sums.captured().compareTo(total) >= 0 ? PaymentStatus.CAPTURED : PaymentStatus.PARTIALLY_CAPTURED;
        }
        BigDecimal open = sums.authorized().subtract(sums.voided());
        if (open.signum() > 0) {
            return open.compareTo(total) >= 0 ? PaymentStatus.AUTHORIZED : PaymentStatus.PARTIALLY_AUTHORIZED;
        }
        if (sums.authorized().signum() > 0 || sums.voided().signum() > 0) {
            return PaymentStatus.CANCELED;
        }
        return PaymentStatus.NOT_PAID;
    }

    private static Sums sums(OmniumOrderForm form) {
        List<OmniumPayment> payments = form.payments() == null ? List.of() : form.payments();
        Sums sums = new Sums(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        for (OmniumPayment payment : payments) {
            sums = processed(payment) ? sums.add(payment) : sums;
        }
        if (payments.isEmpty()) {
            return new Sums(
                    OmniumMoney.orZero(form.authorizedPaymentTotal()),
                    OmniumMoney.orZero(form.capturedPaymentTotal()),
                    OmniumMoney.orZero(form.creditPaymentTotal()),
                    BigDecimal.ZERO);
        }
        return sums;
    }

    private static boolean processed(OmniumPayment payment) {
        return payment.status() == null || !"failed".equalsIgnoreCase(payment.status());
    }

    private record Sums(BigDecimal authorized, BigDecimal captured, BigDecimal credited, BigDecimal voided) {

        Sums add(OmniumPayment payment) {
            BigDecimal amount = OmniumMoney.orZero(payment.amount()).abs();
            String type = payment.transactionType() == null
                    ? ""
                    : payment.transactionType().toLowerCase(Locale.ROOT);
            return switch (type) {
                case "authorization" -> new Sums(authorized.add(amount), captured, credited, voided);
                case "capture", "captured", "sale", "invoiced" ->
                    new Sums(authorized, captured.add(amount), credited, voided);
                case "credit", "refund" -> new Sums(authorized, captured, credited.add(amount), voided);
                // a void without an amount releases the whole authorization
                case "void", "releaseremainingauthorization", "cancel" ->
                    new Sums(authorized, captured, credited, voided.add(amount.signum() > 0 ? amount : authorized));
                default -> this;
            };
        }
    }
}
