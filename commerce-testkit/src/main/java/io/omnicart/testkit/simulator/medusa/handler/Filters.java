package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.QueryParams;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Query filters as Medusa applies them (reference §3.3): equality on a value or any of an array ({@code id},
 * {@code status[]}), operator maps on dates ({@code created_at[$gte]=…}), and {@code q}, a case-insensitive contains
 * match over searchable text.
 */
public final class Filters {

    private Filters() {}

    /** Rows whose value is one of the filter's values ({@code name=a}, {@code name[]=a&name[]=b}, {@code $in}). */
    public static <T> Stream<T> anyOf(Stream<T> rows, QueryParams query, String name, Function<T, String> value) {
        List<String> wanted = Stream.concat(query.values(name).stream(), inOperator(query, name))
                .toList();
        return wanted.isEmpty() ? rows : rows.filter(row -> wanted.contains(value.apply(row)));
    }

    /** Rows whose searchable text contains {@code q}, ignoring case; all rows without {@code q}. */
    public static <T> Stream<T> search(Stream<T> rows, QueryParams query, Function<T, String> text) {
        String q = query.single("q");
        if (q == null || q.isBlank()) {
            return rows;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        return rows.filter(row -> text.apply(row).toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Rows whose timestamp satisfies every operator of {@code name} ({@code $gt $gte $lt $lte $eq $ne}). */
    public static <T> Stream<T> dates(Stream<T> rows, QueryParams query, String name, Function<T, Instant> value) {
        Map<String, String> operators = query.operators(name);
        Predicate<T> matches = row -> true;
        for (Map.Entry<String, String> operator : operators.entrySet()) {
            Instant bound = instant(operator.getValue(), name);
            Predicate<Instant> test = dateTest(operator.getKey(), bound);
            matches = matches.and(row -> test.test(value.apply(row)));
        }
        return rows.filter(matches);
    }

    /** Joins possibly-null searchable values into one text. */
    public static String text(@Nullable Object... values) {
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            if (value != null) {
                text.append(value).append(' ');
            }
        }
        return text.toString();
    }

    private static Stream<String> inOperator(QueryParams query, String name) {
        String in = query.operators(name).get("$in");
        return in == null ? Stream.empty() : Stream.of(in.split(","));
    }

    private static Predicate<Instant> dateTest(String operator, Instant bound) {
        return switch (operator) {
            case "$gt" -> at -> at.isAfter(bound);
            case "$gte" -> at -> !at.isBefore(bound);
            case "$lt" -> at -> at.isBefore(bound);
            case "$lte" -> at -> !at.isAfter(bound);
            case "$eq" -> at -> at.equals(bound);
            case "$ne" -> at -> !at.equals(bound);
            default -> throw MedusaFailure.invalidData("Invalid request: Unrecognized operator '" + operator + "'");
        };
    }

    private static Instant instant(String value, String field) {
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(value);
        } catch (DateTimeParseException invalid) {
            throw MedusaFailure.invalidData(
                    "Invalid request: Expected type: 'date' for field '" + field + "', got: '" + value + "'");
        }
    }
}
