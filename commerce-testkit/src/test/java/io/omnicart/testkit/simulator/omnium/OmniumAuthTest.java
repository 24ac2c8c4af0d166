package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reference §12 rules 1–3: token issuance, bearer auth, expiry. */
class OmniumAuthTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final OmniumSimulator simulator = OmniumSimulator.start(clock);

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void issuesJsonTokenWithDefaultLifetimeAndJwtExpClaim() {
        OmniumHttp.Reply reply = new OmniumHttp(simulator.baseUrl())
                .token("/api/token?clientId=" + simulator.clientId() + "&clientSecret=" + simulator.clientSecret()
                        + "&returnAsJson=true");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asLong()).isEqualTo(864_000);
        String[] parts = body.get("accessToken").asString().split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode claims =
                OmniumHttp.JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertThat(claims.get("exp").asLong()).isEqualTo(clock.instant().getEpochSecond() + 864_000);
    }

    @Test
    void answersRawJwtWithoutReturnAsJsonAndPathIsCaseInsensitive() {
        OmniumHttp.Reply reply = new OmniumHttp(simulator.baseUrl())
                .token("/api/Token?clientId=" + simulator.clientId() + "&clientSecret=" + simulator.clientSecret());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/plain");
        assertThat(reply.body().split("\\.")).hasSize(3);
    }

    @Test
    void rejectsWrongSecretWithConfigurableStatus() {
        OmniumHttp http = new OmniumHttp(simulator.baseUrl());
        assertThat(http.login(simulator.clientId(), "wrong").status()).isEqualTo(401);

        simulator.options().badCredentialsStatus(400);
        assertThat(http.login(simulator.clientId(), "wrong").status()).isEqualTo(400);
    }

    @Test
    void apiCallsNeedAValidBearer() {
        OmniumHttp http = new OmniumHttp(simulator.baseUrl());
        assertThat(http.get("/api/Settings/OrderTypes").status()).isEqualTo(401);
        assertThat(http.bearer("garbage").get("/api/Settings/OrderTypes").status())
                .isEqualTo(401);

        http.login(simulator.clientId(), simulator.clientSecret());
        assertThat(http.get("/api/Settings/OrderTypes").status()).isEqualTo(200);
    }

    @Test
    void expireTokensInvalidatesIssuedTokensAndFreshLoginWorks() {
        OmniumHttp http = OmniumHttp.loggedIn(simulator);
        simulator.expireTokens();

        assertThat(http.get("/api/Markets").status()).isEqualTo(401);
        http.login(simulator.clientId(), simulator.clientSecret());
        assertThat(http.get("/api/Markets").status()).isEqualTo(200);
    }

    @Test
    void tokenExpiresAfterConfiguredLifetimeOnTheSimulatorClock() {
        simulator.options().tokenLifetime(Duration.ofMinutes(5));
        OmniumHttp http = OmniumHttp.loggedIn(simulator);
        clock.advance(Duration.ofMinutes(4));
        assertThat(http.get("/api/Markets").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        assertThat(http.get("/api/Markets").status()).isEqualTo(401);
    }

    @Test
    void offersClientCredentials() {
        assertThat(simulator.platform()).isEqualTo(Platform.OMNIUM);
        assertThat(simulator.credentials()).isInstanceOf(Credentials.ClientCredentials.class);
    }
}
