package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Paging and ordering of a list route: {@code limit} (route default when absent), {@code offset}, and
 * {@code order=field} / {@code order=-field}; without {@code order} rows come in id order (reference §3.1).
 */
public record ListQuery(int limit, int offset, @Nullable String order) {

    public static ListQuery of(QueryParams query, int defaultLimit) {
        return new ListQuery(number(query, "limit", defaultLimit), number(query, "offset", 0), query.single("order"));
    }

    /** One page of {@code rows}, sorted by {@code order} using {@code sortKey} to read a field of a row. */
    public <T> Page<T> page(Stream<T> rows, Function<T, String> id, SortKeys<T> sortKey) {
        List<T> all = rows.sorted(comparator(id, sortKey)).toList();
        List<T> page = all.stream().skip(offset).limit(limit).toList();
        return new Page<>(page, all.size(), offset, limit);
    }

    private <T> Comparator<T> comparator(Function<T, String> id, SortKeys<T> sortKey) {
        Comparator<T> byId = Comparator.comparing(id);
        if (order == null || order.isBlank()) {
            return byId;
        }
        boolean descending = order.startsWith("-");
        String field = descending ? order.substring(1) : order;
        Comparator<T> byField = (left, right) -> compare(sortKey.key(left, field), sortKey.key(right, field));
        return (descending ? byField.reversed() : byField).thenComparing(byId);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(@Nullable Comparable left, @Nullable Comparable right) {
        if (left == null || right == null) {
            return left == null ? (right == null ? 0 : -1) : 1;
        }
        return left.compareTo(right);
    }

    private static int number(QueryParams query, String name, int fallback) {
        String value = query.single(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw MedusaFailure.invalidData(
                    "Invalid request: Expected type: 'number' for field '" + name + "', got: '" + value + "'");
        }
    }

    /** Reads a sortable value of a field from a row; null for unknown fields. */
    @FunctionalInterface
    public interface SortKeys<T> {
        @Nullable
        Comparable<?> key(T row, String field);
    }

    /** One page and the total count of matching rows. */
    public record Page<T>(List<T> rows, int count, int offset, int limit) {}
}
