package io.omnicart.adapter.medusa.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.adapter.medusa.MedusaSamples;
import io.omnicart.adapter.medusa.model.MedusaAuthResponse;
import io.omnicart.adapter.support.auth.JwtExpiry;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.ContractTokenCache;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class MedusaTokenProviderTest {

    private static final URI BASE = URI.create("http://127.0.0.1:9000");
    /** The captured admin JWT keeps its bytes; the test's clock stands an hour before its {@code exp}. */
    private static final String CAPTURED_TOKEN =
            MedusaSamples.response("auth-user-emailpass-200").get("token").asString();

    private static final Clock CLOCK =
            Clock.fixed(JwtExpiry.of(CAPTURED_TOKEN).orElseThrow().minus(Duration.ofHours(1)), ZoneOffset.UTC);
    private final AtomicReference<MedusaAuthResponse> answer = new AtomicReference<>();
    private final ContractTokenCache cache = new ContractTokenCache(CLOCK);
    private final MedusaTokenProvider tokens = new MedusaTokenProvider(
            cache, (store, email, password) -> Mono.fromSupplier(answer::get), CLOCK, Duration.ofMinutes(55));

    @Test
    void aSecretKeyGoesAsBasicWithAnEmptyPassword() {
        String header = authorization(new Credentials.ApiKey(Secret.of("sk_abc")));

        assertThat(header)
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("sk_abc:".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAdminUserGoesAsBearerWithTheLoginToken() {
        answer.set(new MedusaAuthResponse(CAPTURED_TOKEN, null, null, null));

        assertThat(authorization(admin())).isEqualTo("Bearer " + CAPTURED_TOKEN);
        CachedToken cached =
                cache.get("acc_1", MedusaTokenProvider.PURPOSE + "@v0").block(Duration.ofSeconds(5));
        assertThat(cached.expiresAt()).isEqualTo(JwtExpiry.of(CAPTURED_TOKEN).orElseThrow());
    }

    @Test
    void anAlreadyExpiredTokenIsUsedOnceButNotCached() {
        String token = jwt("{\"actor_id\":\"user_1\",\"exp\":"
                + CLOCK.instant().minusSeconds(1).getEpochSecond() + "}");
        answer.set(new MedusaAuthResponse(token, null, null, null));

        assertThat(authorization(admin())).isEqualTo("Bearer " + token);
        assertThat(cache.get("acc_1", MedusaTokenProvider.PURPOSE + "@v0").block(Duration.ofSeconds(5)))
                .isNull();
    }

    @Test
    void theTokenLifetimeComesFromItsExpClaim() {
        String payload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"actor_id\":\"user_1\",\"exp\":1900000000}".getBytes(StandardCharsets.UTF_8));

        assertThat(JwtExpiry.of("eyJhbGciOiJIUzI1NiJ9." + payload + ".sig"))
                .contains(Instant.ofEpochSecond(1_900_000_000L));
        assertThat(JwtExpiry.of("not-a-jwt")).isEmpty();
    }

    @Test
    void loginAnswersWithoutASessionAreConnectionFailures() {
        answer.set(new MedusaAuthResponse("t", null, true, null));
        assertThatThrownBy(() -> authorization(admin()))
                .isInstanceOfSatisfying(
                        ConnectionFailed.class, e -> assertThat(e.reason()).isEqualTo("mfa_required"));

        answer.set(new MedusaAuthResponse(null, "https://accounts.example.com/authorize", null, null));
        assertThatThrownBy(() -> authorization(admin()))
                .isInstanceOfSatisfying(
                        ConnectionFailed.class, e -> assertThat(e.reason()).isEqualTo("auth_rejected"));
    }

    @Test
    void otherCredentialKindsAreRefused() {
        assertThatThrownBy(() -> authorization(new Credentials.ClientCredentials("id", Secret.of("secret"))))
                .isInstanceOf(InvalidRequest.class)
                .hasMessageNotContaining("secret");
    }

    private String authorization(Credentials credentials) {
        StoreConnection store = new StoreConnection("acc_1", "ws_1", Platform.MEDUSA, BASE, credentials);
        return tokens.authorized(store, Mono::just).block(Duration.ofSeconds(5));
    }

    private static String jwt(String payload) {
        return "eyJhbGciOiJIUzI1NiJ9."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + ".sig";
    }

    private static Credentials admin() {
        return new Credentials.EmailPassword("admin@example.com", Secret.of("supersecret"));
    }
}
