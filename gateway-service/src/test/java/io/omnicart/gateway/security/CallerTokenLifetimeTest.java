package io.omnicart.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;

/** The lifetime rules at their edges, on a fixed clock. */
class CallerTokenLifetimeTest {

    private static final Instant NOW = Instant.parse("2031-05-04T10:00:00Z");
    private final CallerTokenLifetime rules =
            new CallerTokenLifetime(Duration.ofHours(24), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenWithoutExpIsRefused() {
        assertThat(errors(jwt(NOW, null))).containsExactly(CallerTokenLifetime.MISSING_EXP);
        assertThat(errors(jwt(null, null))).containsExactly(CallerTokenLifetime.MISSING_EXP);
    }

    @Test
    void anIatBeyondTheSkewIsRefusedWithinItAccepted() {
        Instant exp = NOW.plus(Duration.ofHours(1));
        assertThat(errors(jwt(NOW.plusSeconds(61), exp))).containsExactly(CallerTokenLifetime.FUTURE_IAT);
        assertThat(errors(jwt(NOW.plusSeconds(60), exp))).isEmpty();
    }

    @Test
    void theLifetimeMayReachTheMaximumButNotExceedIt() {
        assertThat(errors(jwt(NOW, NOW.plus(Duration.ofHours(24))))).isEmpty();
        assertThat(errors(jwt(NOW, NOW.plus(Duration.ofHours(24)).plusSeconds(1))))
                .containsExactly(CallerTokenLifetime.TOO_LONG);
        assertThat(errors(jwt(NOW.minus(Duration.ofDays(400)), NOW.plus(Duration.ofHours(1)))))
                .containsExactly(CallerTokenLifetime.TOO_LONG);
    }

    @Test
    void withoutIatTheRemainingLifetimeCounts() {
        assertThat(errors(jwt(null, NOW.plus(Duration.ofHours(23))))).isEmpty();
        assertThat(errors(jwt(null, NOW.plus(Duration.ofHours(25))))).containsExactly(CallerTokenLifetime.TOO_LONG);
    }

    private java.util.List<String> errors(Jwt jwt) {
        return rules.validate(jwt).getErrors().stream()
                .map(OAuth2Error::getDescription)
                .toList();
    }

    private static Jwt jwt(Instant issuedAt, Instant expiresAt) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "HS256").subject("user");
        if (issuedAt != null) {
            builder.issuedAt(issuedAt);
        }
        if (expiresAt != null) {
            builder.expiresAt(expiresAt);
        }
        return builder.build();
    }
}
