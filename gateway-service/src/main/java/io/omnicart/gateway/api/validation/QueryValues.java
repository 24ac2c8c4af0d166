package io.omnicart.gateway.api.validation;

import io.omnicart.core.model.OrderSort;
import io.omnicart.core.model.OrderSortField;
import io.omnicart.core.model.SortDirection;
import io.omnicart.core.model.WireValue;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Parsers for the typed query parameters of the OmniCart API; every failure is recorded in the given checks. */
public final class QueryValues {

    public static final String SORT_VALUES =
            "createdAt, -createdAt, updatedAt, -updatedAt, number, -number, total, -total";
    public static final int MAX_WINDOW_DAYS = 365;
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);
    private static final Pattern WINDOW = Pattern.compile("^(\\d{1,3})d$");

    private QueryValues() {}

    /** Values given comma-separated, repeated, or both; blanks are skipped. */
    public static List<String> split(@Nullable List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /** A set of enum values by their lower snake_case wire names; empty when absent. */
    public static <E extends Enum<E> & WireValue> Set<E> enums(
            Checks checks, String field, @Nullable List<String> raw, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : split(raw)) {
            E constant = WireValue.parse(type, value);
            if (checks.require(
                    constant != null, field, "unknown value '" + clip(value) + "'; expected " + wires(type))) {
                result.add(constant);
            }
        }
        return result;
    }

    /** {@code createdAt}, {@code -createdAt}, …; newest first when absent. */
    public static OrderSort sort(Checks checks, @Nullable String raw) {
        String value = Checks.present(raw);
        if (value == null) {
            return OrderSort.NEWEST_FIRST;
        }
        boolean descending = value.startsWith("-");
        OrderSortField field = OrderSortField.fromWire(descending ? value.substring(1) : value);
        checks.require(field != null, "sort", "must be one of " + SORT_VALUES);
        return field == null
                ? OrderSort.NEWEST_FIRST
                : new OrderSort(field, descending ? SortDirection.DESC : SortDirection.ASC);
    }

    /** The overview window {@code <days>d}, 1 to 365 days; 30 days when absent. */
    public static Duration window(Checks checks, @Nullable String raw) {
        String value = Checks.present(raw);
        if (value == null) {
            return DEFAULT_WINDOW;
        }
        var matcher = WINDOW.matcher(value);
        int days = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
        boolean valid = days >= 1 && days <= MAX_WINDOW_DAYS;
        checks.require(valid, "window", "must be a number of days from 1d to " + MAX_WINDOW_DAYS + "d, e.g. 30d");
        return valid ? Duration.ofDays(days) : DEFAULT_WINDOW;
    }

    public static <E extends Enum<E> & WireValue> String wires(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::wire).collect(Collectors.joining(", "));
    }

    /** A caller-supplied value shortened for an error message. */
    public static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
