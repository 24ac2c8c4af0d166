package io.omnicart.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-21T07:27:30Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2                               | PT2S",
                "' 120 '                         | PT2M",
                "0                               | PT0S",
                "Wed, 21 Oct 2026 07:28:00 GMT   | PT30S",
                "Wed, 21 Oct 2026 07:00:00 GMT   | PT0S"
            })
    void parsesSecondsAndHttpDates(String header, String expected) {
        assertThat(RetryAfter.parse(header, CLOCK)).contains(Duration.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"soon", "-5", "1.5", "99999999999999999999999", "21 Oct 2026"})
    void ignoresMalformedValues(String header) {
        assertThat(RetryAfter.parse(header, CLOCK)).isEmpty();
        assertThat(RetryAfter.parseOr(header, CLOCK, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
    }

    @org.junit.jupiter.api.Test
    void absentHeaderIsEmpty() {
        assertThat(RetryAfter.parse(null, CLOCK)).isEmpty();
        assertThat(RetryAfter.parse("  ", CLOCK)).isEmpty();
    }
}
