package io.omnicart.adapter.opencart.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.opencart.client.OpenCartLoginResult;
import io.omnicart.adapter.opencart.client.OpenCartVersion;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.spi.Secret;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Keys and session tokens never show in {@code toString()}; a cached session survives the token cache. */
class OpenCartSecretsTest {

    private static final String TOKEN = "00172016ca85b120aabac8204f";

    @Test
    void sessionsMaskTheirToken() {
        OpenCartSession session = new OpenCartSession(OpenCartVersion.V3_0, Secret.of(TOKEN));

        assertThat(session.toString()).doesNotContain(TOKEN).contains("3.0");
        assertThat(new OpenCartLoginResult.Started(OpenCartVersion.V4_0, Secret.of(TOKEN)).toString())
                .doesNotContain(TOKEN);
        CachedToken cached = session.toCachedToken(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(cached.toString()).doesNotContain(TOKEN);
    }

    @Test
    void aCachedSessionRemembersItsProtocolLine() {
        CachedToken cached = new OpenCartSession(OpenCartVersion.V4_0, Secret.of(TOKEN)).toCachedToken(Instant.EPOCH);

        assertThat(OpenCartSession.fromCachedToken(cached)).hasValueSatisfying(session -> {
            assertThat(session.version()).isEqualTo(OpenCartVersion.V4_0);
            assertThat(session.token().reveal()).isEqualTo(TOKEN);
        });
        assertThat(OpenCartSession.fromCachedToken(new CachedToken(Secret.of("foreign"), Instant.EPOCH)))
                .isEmpty();
    }
}
