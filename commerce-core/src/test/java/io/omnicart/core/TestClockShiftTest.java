package io.omnicart.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * Proves the wall clock the tests see is the one the build meant: the real time normally, 400 days ahead under
 * {@code -Pfaketime} (the parent pom passes the build's start and the expected offset). Without this, a libfaketime
 * that failed to load would let the "a year from now" run pass without having moved the clock at all.
 */
class TestClockShiftTest {

    @Test
    void theTestClockStandsWhereTheBuildPutIt() {
        Instant buildStarted = Instant.parse(System.getProperty("omnicart.test.build-started"));
        Period offset = Period.parse(System.getProperty("omnicart.test.clock-offset"));

        Duration shift = Duration.between(buildStarted, Instant.now()).minusDays(offset.getDays());

        assertThat(shift)
                .as("test clock minus build start minus the %s offset", offset)
                .isBetween(Duration.ofMinutes(-5), Duration.ofHours(6));
    }
}
