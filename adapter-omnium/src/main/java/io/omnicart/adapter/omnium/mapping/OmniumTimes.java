package io.omnicart.adapter.omnium.mapping;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Omnium timestamps (reference §2): ISO-8601 UTC with {@code Z}, sometimes without an offset, and {@code
 * 0001-01-01T00:00:00} for an unset non-nullable date — read as "none".
 */
public final class OmniumTimes {

    private OmniumTimes() {}

    /** The instant of an Omnium timestamp; null when absent, unset (year 1) or unreadable. */
    public static @Nullable OffsetDateTime parse(@Nullable String text) {
        if (text == null || text.isBlank() || text.startsWith("0001-01-01")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(text.strip()).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** As {@link #parse}, with the epoch for a missing date where the model needs one. */
    public static OffsetDateTime parseOrEpoch(@Nullable String text) {
        OffsetDateTime parsed = parse(text);
        return parsed == null ? Instant.EPOCH.atOffset(ZoneOffset.UTC) : parsed;
    }

    /** An instant as Omnium expects it in a request: ISO-8601 UTC with {@code Z}. */
    public static String text(Instant instant) {
        return instant.toString();
    }

    public static String text(OffsetDateTime time) {
        return time.toInstant().toString();
    }

    /** The instant cut to whole milliseconds. */
    static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
