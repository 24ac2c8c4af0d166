package io.omnicart.adapter.support.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtExpiryTest {

    @Test
    void theExpiryComesFromTheExpClaim() {
        assertThat(JwtExpiry.of("eyJhbGciOiJIUzI1NiJ9." + payload("{\"sub\":\"u\",\"exp\":1900000000}") + ".sig"))
                .contains(Instant.ofEpochSecond(1_900_000_000L));
    }

    @Test
    void aTokenWithoutAReadableExpHasNone() {
        assertThat(JwtExpiry.of("not-a-jwt")).isEmpty();
        assertThat(JwtExpiry.of("a.%%%.c")).isEmpty();
        assertThat(JwtExpiry.of("a." + payload("{\"exp\":\"soon\"}") + ".c")).isEmpty();
        assertThat(JwtExpiry.of("a." + payload("not json") + ".c")).isEmpty();
    }

    private static String payload(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
