package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumComment;
import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderLine;
import io.omnicart.adapter.omnium.model.OmniumProperty;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a cancel reason lives: Omnium has no order-level reason field (reference §5.4), so the adapter adds it as an
 * internal order comment tagged {@value #CANCEL_REASON_TAG}. Read back from that comment (the newest), else from a
 * custom property {@code cancelReason}, else from a line's {@code cancelReason}. Pure.
 */
public final class OmniumOrderNotes {

    public static final String CANCEL_REASON_TAG = "cancel-reason";
    public static final String CANCEL_REASON_KEY = "cancelReason";

    private OmniumOrderNotes() {}

    public static @Nullable String cancelReason(OmniumOrder order) {
        String fromComment = fromComments(order.orderNotes());
        if (fromComment != null) {
            return fromComment;
        }
        String fromProperty = fromProperties(order.properties());
        if (fromProperty != null) {
            return fromProperty;
        }
        return OmniumOrderMapper.lines(order).stream()
                .map(OmniumOrderLine::cancelReason)
                .map(OmniumAddressMapper::blankToNull)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    static boolean isCancelReason(OmniumComment comment) {
        boolean tagged = comment.tags() != null
                && comment.tags().stream()
                        .anyMatch(tag ->
                                CANCEL_REASON_TAG.equalsIgnoreCase(tag) || CANCEL_REASON_KEY.equalsIgnoreCase(tag));
        return tagged
                || normalize(comment.type()).equals("cancelreason")
                || normalize(comment.title()).equals("cancelreason");
    }

    private static @Nullable String fromComments(@Nullable List<OmniumComment> notes) {
        if (notes == null) {
            return null;
        }
        return notes.stream()
                .filter(OmniumOrderNotes::isCancelReason)
                .filter(note -> OmniumAddressMapper.blankToNull(note.detail()) != null)
                .max(Comparator.comparing(note -> OmniumTimes.parseOrEpoch(note.created())))
                .map(note -> note.detail().strip())
                .orElse(null);
    }

    private static @Nullable String fromProperties(@Nullable List<OmniumProperty> properties) {
        if (properties == null) {
            return null;
        }
        return properties.stream()
                .filter(property -> CANCEL_REASON_KEY.equalsIgnoreCase(property.key()))
                .map(OmniumProperty::value)
                .map(OmniumAddressMapper::blankToNull)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static String normalize(@Nullable String value) {
        return value == null ? "" : value.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }
}
