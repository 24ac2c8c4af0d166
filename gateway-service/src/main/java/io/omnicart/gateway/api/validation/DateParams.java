package io.omnicart.gateway.api.validation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Date filters: an ISO-8601 date-time with offset ({@code 2026-11-23T08:12:11Z}), or a plain date that means the start
 * of that day (UTC) for lower bounds and its end for upper bounds. Results are normalized to UTC.
 */
public final class DateParams {

    static final String MESSAGE =
            "must be an ISO-8601 date-time with offset (2026-11-23T08:12:11Z) or a date (2026-11-23)";

    private DateParams() {}

    /** A lower bound ({@code createdFrom}, {@code updatedSince}). */
    public static @Nullable OffsetDateTime from(Checks checks, String field, @Nullable String raw) {
        return parse(checks, field, raw, LocalTime.MIN);
    }

    /** An upper bound ({@code createdTo}); a plain date includes the whole day. */
    public static @Nullable OffsetDateTime to(Checks checks, String field, @Nullable String raw) {
        return parse(checks, field, raw, LocalTime.MAX);
    }

    /** Records an error on {@code toField} when both bounds are given and {@code from} is after {@code to}. */
    public static void ordered(
            Checks checks,
            @Nullable OffsetDateTime from,
            @Nullable OffsetDateTime to,
            String fromField,
            String toField) {
        if (from != null && to != null) {
            checks.require(!from.isAfter(to), toField, "must not be before " + fromField);
        }
    }

    private static @Nullable OffsetDateTime parse(Checks checks, String field, @Nullable String raw, LocalTime time) {
        String value = Checks.present(raw);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atTime(time).atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                            .withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            checks.reject(field, MESSAGE);
            return null;
        }
    }
}
