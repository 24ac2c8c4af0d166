package io.omnicart.core.error;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Parses an HTTP {@code Retry-After} header (RFC 9110 §10.2.3) for error translators: either delay-seconds ({@code
 * 120}) or an HTTP-date ({@code Wed, 21 Oct 2026 07:28:00 GMT}). A date in the past means "now" (zero).
 */
public final class RetryAfter {

    private RetryAfter() {}

    /** The delay the header asks for, or empty when it is absent or malformed. */
    public static Optional<Duration> parse(@Nullable String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        return isDigits(value) ? seconds(value) : httpDate(value, clock);
    }

    /** The delay the header asks for, or {@code fallback} when it is absent or malformed. */
    public static Duration parseOr(@Nullable String header, Clock clock, Duration fallback) {
        return parse(header, clock).orElse(fallback);
    }

    private static boolean isDigits(String value) {
        return value.chars().allMatch(Character::isDigit);
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> httpDate(String value, Clock clock) {
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration delay = Duration.between(clock.instant(), at);
            return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }
}
