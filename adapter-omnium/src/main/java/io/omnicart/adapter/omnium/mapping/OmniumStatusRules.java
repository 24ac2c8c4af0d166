package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumOrderStatus;
import io.omnicart.adapter.omnium.model.OmniumOrderType;
import io.omnicart.core.model.OrderStatus;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a tenant's order statuses mean (reference §5.3): statuses are configuration per order type, and the flags
 * {@code isCanceledStatus} / {@code isDeliveredStatus} say which ones cancel or complete an order. A status the order
 * type does not define (or a tenant whose configuration cannot be read) falls back to the built-in vocabulary. The tag
 * {@value #ARCHIVED_TAG} marks an archived order (Omnium has no archive, §5.4). Immutable.
 */
public final class OmniumStatusRules {

    public static final String ARCHIVED_TAG = "archived";
    public static final String DEFAULT_COMPLETED = "Completed";
    public static final String DEFAULT_CANCELED = "OrderCanceled";

    static final Set<String> DEFAULT_CANCELED_NAMES = Set.of(
            "OrderCanceled", "OrderCanceledByCustomer", "OrderCanceledByStore", "Expired", "NotCollected", "Deleted");
    static final Set<String> DEFAULT_DELIVERED_NAMES = Set.of("Completed", "PickedUp", "PickedUpAndPaid", "Closed");

    private static final OmniumStatusRules DEFAULTS = new OmniumStatusRules(Map.of());

    /** Order type (lower case) → status name → definition. */
    private final Map<String, Map<String, OmniumOrderStatus>> types;

    private OmniumStatusRules(Map<String, Map<String, OmniumOrderStatus>> types) {
        this.types = types;
    }

    /** The built-in vocabulary only. */
    public static OmniumStatusRules defaults() {
        return DEFAULTS;
    }

    public static OmniumStatusRules of(List<OmniumOrderType> orderTypes) {
        Map<String, Map<String, OmniumOrderStatus>> types = new HashMap<>();
        for (OmniumOrderType type : orderTypes) {
            if (type.name() == null || type.orderStatuses() == null) {
                continue;
            }
            Map<String, OmniumOrderStatus> statuses = new HashMap<>();
            type.orderStatuses().stream()
                    .filter(status -> status.name() != null)
                    .forEach(status -> statuses.put(status.name(), status));
            types.put(type.name().toLowerCase(Locale.ROOT), Map.copyOf(statuses));
        }
        return new OmniumStatusRules(Map.copyOf(types));
    }

    /** The normalized status of an order: archived by tag, else cancelled or completed by flag, else pending. */
    public OrderStatus normalize(@Nullable String orderType, @Nullable String status, @Nullable List<String> tags) {
        if (isArchived(tags)) {
            return OrderStatus.ARCHIVED;
        }
        if (isCanceled(orderType, status)) {
            return OrderStatus.CANCELLED;
        }
        return isDelivered(orderType, status) ? OrderStatus.COMPLETED : OrderStatus.PENDING;
    }

    public static boolean isArchived(@Nullable List<String> tags) {
        return tags != null && tags.stream().anyMatch(ARCHIVED_TAG::equalsIgnoreCase);
    }

    public boolean isCanceled(@Nullable String orderType, @Nullable String status) {
        OmniumOrderStatus defined = definition(orderType, status);
        return defined != null
                ? Boolean.TRUE.equals(defined.isCanceledStatus())
                : status != null && DEFAULT_CANCELED_NAMES.contains(status);
    }

    public boolean isDelivered(@Nullable String orderType, @Nullable String status) {
        OmniumOrderStatus defined = definition(orderType, status);
        return defined != null
                ? Boolean.TRUE.equals(defined.isDeliveredStatus()) && !Boolean.TRUE.equals(defined.isCanceledStatus())
                : status != null && DEFAULT_DELIVERED_NAMES.contains(status);
    }

    /** The status that completes an order of this type: its delivered status, else {@code Completed}. */
    public String completedStatus(@Nullable String orderType) {
        return first(orderType, true, DEFAULT_COMPLETED);
    }

    /** The status that cancels an order of this type: its cancelled status, else {@code OrderCanceled}. */
    public String canceledStatus(@Nullable String orderType) {
        return first(orderType, false, DEFAULT_CANCELED);
    }

    /** Every status name flagged cancelled in some order type, plus the built-in ones. */
    public Set<String> canceledNames() {
        return names(true);
    }

    /** Every status name flagged delivered in some order type, plus the built-in ones. */
    public Set<String> deliveredNames() {
        return names(false);
    }

    private Set<String> names(boolean canceled) {
        Set<String> names = new LinkedHashSet<>(canceled ? DEFAULT_CANCELED_NAMES : DEFAULT_DELIVERED_NAMES);
        for (Map<String, OmniumOrderStatus> statuses : types.values()) {
            for (OmniumOrderStatus status : statuses.values()) {
                boolean flagged = canceled
                        ? Boolean.TRUE.equals(status.isCanceledStatus())
                        : Boolean.TRUE.equals(status.isDeliveredStatus())
                                && !Boolean.TRUE.equals(status.isCanceledStatus());
                if (flagged) {
                    names.add(status.name());
                }
            }
        }
        return names;
    }

    private String first(@Nullable String orderType, boolean delivered, String fallback) {
        Map<String, OmniumOrderStatus> statuses =
                orderType == null ? null : types.get(orderType.toLowerCase(Locale.ROOT));
        if (statuses == null) {
            return fallback;
        }
        if (statuses.containsKey(fallback) && flagged(statuses.get(fallback), delivered)) {
            return fallback;
        }
        return statuses.values().stream()
                .filter(status -> flagged(status, delivered))
                .map(OmniumOrderStatus::name)
                .sorted()
                .findFirst()
                .orElse(fallback);
    }

    private static boolean flagged(OmniumOrderStatus status, boolean delivered) {
        return delivered
                ? Boolean.TRUE.equals(status.isDeliveredStatus()) && !Boolean.TRUE.equals(status.isCanceledStatus())
                : Boolean.TRUE.equals(status.isCanceledStatus());
    }

    private @Nullable OmniumOrderStatus definition(@Nullable String orderType, @Nullable String status) {
        if (orderType == null || status == null) {
            return null;
        }
        Map<String, OmniumOrderStatus> statuses = types.get(orderType.toLowerCase(Locale.ROOT));
        return statuses == null ? null : statuses.get(status);
    }
}
