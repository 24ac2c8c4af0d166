package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.model.OmniumOrder;
import io.omnicart.adapter.omnium.model.OmniumOrderSearchRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a scroll resumes an order list that outgrew Omnium's search window (reference §2, §5.9): the sort field's value
 * of the last row served becomes a bound of the same search ({@code createdTo}/{@code modifiedTo} a millisecond past it
 * when newest first, {@code createdFrom}/{@code modifiedFrom} at it when oldest first), and the rows of the last page
 * that share that millisecond are skipped as already served. Pure.
 */
public record OmniumOrderSeek(boolean modified, boolean ascending) {

    public static OmniumOrderSeek of(@Nullable String sortOrder) {
        String sort = sortOrder == null ? "createddescending" : sortOrder.toLowerCase(Locale.ROOT);
        return new OmniumOrderSeek(sort.startsWith("modified"), sort.endsWith("ascending"));
    }

    /** The sort value of the last row. */
    public String boundary(List<OmniumOrder> rows) {
        OffsetDateTime value = value(rows.getLast());
        if (value == null) {
            throw OmniumErrorTranslator.unexpectedReply("an order without its " + field() + " date");
        }
        return OmniumTimes.text(value);
    }

    /** Ids of the rows in the boundary's millisecond (already served). */
    public List<String> seen(List<OmniumOrder> rows) {
        Instant bound = OmniumTimes.millis(Instant.parse(boundary(rows)));
        return rows.stream()
                .filter(row -> {
                    OffsetDateTime value = value(row);
                    return value != null
                            && OmniumTimes.millis(value.toInstant()).equals(bound);
                })
                .map(OmniumOrder::id)
                .filter(Objects::nonNull)
                .toList();
    }

    /** The search narrowed to the rows at or beyond the boundary, in the list's order. */
    public OmniumOrderSearchRequest from(OmniumOrderSearchRequest search, String boundary) {
        Instant bound = OmniumTimes.millis(Instant.parse(boundary));
        String from = modified ? search.modifiedFrom() : search.createdFrom();
        String to = modified ? search.modifiedTo() : search.createdTo();
        if (ascending) {
            from = later(from, bound);
        } else {
            to = earlier(to, bound.plus(Duration.ofMillis(1)));
        }
        return modified
                ? search.withRange(search.createdFrom(), search.createdTo(), from, to)
                : search.withRange(from, to, search.modifiedFrom(), search.modifiedTo());
    }

    private @Nullable OffsetDateTime value(OmniumOrder order) {
        return OmniumTimes.parse(modified ? order.modified() : order.created());
    }

    private String field() {
        return modified ? "modified" : "created";
    }

    private static String later(@Nullable String current, Instant bound) {
        return current != null && Instant.parse(current).isAfter(bound) ? current : OmniumTimes.text(bound);
    }

    private static String earlier(@Nullable String current, Instant bound) {
        return current != null && Instant.parse(current).isBefore(bound) ? current : OmniumTimes.text(bound);
    }
}
