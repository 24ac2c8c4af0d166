package io.omnicart.adapter.medusa.mapping;

import io.omnicart.core.model.FulfillmentStatus;
import io.omnicart.core.model.OrderStatus;
import io.omnicart.core.model.PaymentStatus;
import io.omnicart.core.model.ProductStatus;
import io.omnicart.core.model.WireValue;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Status spellings both ways (reference §5.3, §5.4, §7). Medusa writes {@code canceled} with one "l"; an unmapped value
 * such as {@code cancelled} reaches PostgreSQL's enum and answers 500 (§5.3), so only mapped values are ever sent.
 */
public final class MedusaStatusMapper {

    private MedusaStatusMapper() {}

    /** The normalized status of Medusa's {@code status}; an unknown spelling reads as pending (its raw value is kept). */
    public static OrderStatus orderStatus(@Nullable String status) {
        return switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
            case "completed" -> OrderStatus.COMPLETED;
            case "canceled", "cancelled" -> OrderStatus.CANCELLED;
            case "archived" -> OrderStatus.ARCHIVED;
            case "draft" -> OrderStatus.DRAFT;
            case "requires_action" -> OrderStatus.REQUIRES_ACTION;
            default -> OrderStatus.PENDING;
        };
    }

    /** Medusa's spelling of a normalized order status. */
    public static String medusaStatus(OrderStatus status) {
        return switch (status) {
            case PENDING -> "pending";
            case COMPLETED -> "completed";
            case CANCELLED -> "canceled";
            case ARCHIVED -> "archived";
            case DRAFT -> "draft";
            case REQUIRES_ACTION -> "requires_action";
        };
    }

    /** Medusa's spellings of the statuses, in a stable order. */
    public static List<String> medusaStatuses(Collection<OrderStatus> statuses) {
        return statuses.stream().sorted().map(MedusaStatusMapper::medusaStatus).toList();
    }

    public static PaymentStatus paymentStatus(@Nullable String status) {
        PaymentStatus parsed = status == null ? null : WireValue.parse(PaymentStatus.class, status);
        return parsed == null ? PaymentStatus.UNKNOWN : parsed;
    }

    public static FulfillmentStatus fulfillmentStatus(@Nullable String status) {
        FulfillmentStatus parsed = status == null ? null : WireValue.parse(FulfillmentStatus.class, status);
        return parsed == null ? FulfillmentStatus.UNKNOWN : parsed;
    }

    /** Medusa's product status (the same four words, reference §7); an unknown one reads as draft. */
    public static ProductStatus productStatus(@Nullable String status) {
        ProductStatus parsed = status == null ? null : WireValue.parse(ProductStatus.class, status);
        return parsed == null ? ProductStatus.DRAFT : parsed;
    }

    public static List<String> medusaProductStatuses(Collection<ProductStatus> statuses) {
        return statuses.stream().sorted().map(WireValue::wire).toList();
    }
}
