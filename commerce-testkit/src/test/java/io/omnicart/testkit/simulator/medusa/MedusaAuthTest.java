package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MedusaAuthTest {

    private static final String UNAUTHORIZED = "{\"message\":\"Unauthorized\"}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private MedusaSimulator simulator;

    @BeforeEach
    void start() {
        simulator = MedusaSimulator.start(clock);
        simulator.seed(StandardSeed.create(clock.instant()));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void secretKeyOverBasicWorksBase64EncodedOrRaw() {
        assertThat(MedusaHttp.withKey(simulator).get("/admin/orders?limit=1").status())
                .isEqualTo(200);
        MedusaHttp raw = MedusaHttp.anonymous(simulator).authorization("Basic " + simulator.secretApiKey());
        assertThat(raw.get("/admin/orders?limit=1").status()).isEqualTo(200);
        assertThat(simulator.secretApiKey()).matches("sk_[0-9a-f]{64}");
    }

    @Test
    void emailPasswordGivesAOneDayJwtForTheAdminUser() {
        String token = MedusaTestSupport.login(simulator);
        JsonNode claims = MedusaHttp.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));

        assertThat(claims.get("actor_type").asString()).isEqualTo("user");
        assertThat(claims.get("actor_id").asString()).startsWith("user_");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(86_400);
        MedusaHttp bearer = MedusaHttp.anonymous(simulator).authorization("Bearer " + token);
        assertThat(bearer.get("/admin/users/me").json().at("/user/email").asString())
                .isEqualTo("admin@example.com");
    }

    @Test
    void wrongPasswordIsA401WithType() {
        MedusaHttp.Reply reply = MedusaHttp.anonymous(simulator)
                .post("/auth/user/emailpass", "{\"email\":\"admin@example.com\",\"password\":\"nope\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo("{\"type\":\"unauthorized\",\"message\":\"Invalid email or password\"}");
    }

    @Test
    void missingForgedOrMisplacedCredentialsAreBare401s() {
        assertThat(MedusaHttp.anonymous(simulator).get("/admin/orders").body()).isEqualTo(UNAUTHORIZED);
        MedusaHttp forged = MedusaHttp.anonymous(simulator).authorization("Bearer a.b.c");
        assertThat(forged.get("/admin/orders").body()).isEqualTo(UNAUTHORIZED);
        MedusaHttp wrongKey = MedusaHttp.anonymous(simulator).authorization(MedusaHttp.basic("sk_wrong"));
        assertThat(wrongKey.get("/admin/orders").status()).isEqualTo(401);

        MedusaHttp keyAsBearer = MedusaHttp.anonymous(simulator).authorization("Bearer " + simulator.secretApiKey());
        MedusaHttp.Reply reply = keyAsBearer.get("/admin/orders");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().has("type")).isFalse();
        assertThat(reply.json().get("message").asString()).startsWith("A secret API key was passed as a Bearer token");
    }

    @Test
    void expiredTokensAreRefusedWhileKeysAndNewLoginsWork() {
        MedusaHttp jwt = MedusaTestSupport.withJwt(simulator);
        simulator.expireTokens();

        assertThat(jwt.get("/admin/orders").status()).isEqualTo(401);
        assertThat(jwt.get("/admin/orders").body()).isEqualTo(UNAUTHORIZED);
        assertThat(MedusaHttp.withKey(simulator).get("/admin/orders").status()).isEqualTo(200);
        assertThat(MedusaTestSupport.withJwt(simulator).get("/admin/orders").status())
                .isEqualTo(200);
    }

    @Test
    void tokensExpireWithTheClock() {
        simulator.tokenLifetime(Duration.ofMinutes(55));
        MedusaHttp jwt = MedusaTestSupport.withJwt(simulator);
        clock.advance(Duration.ofMinutes(54));
        assertThat(jwt.get("/admin/orders").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(2));
        assertThat(jwt.get("/admin/orders").status()).isEqualTo(401);
    }

    @Test
    void mfaLoginAnswers200WithAnActorlessTokenThatAdminRoutesRefuse() {
        simulator.loginChallenge(MedusaLoginChallenge.MFA_REQUIRED);
        JsonNode answer = login();

        assertThat(answer.get("mfa_required").asBoolean()).isTrue();
        assertThat(answer.get("mfa_challenge").isObject()).isTrue();
        MedusaHttp bearer = MedusaHttp.anonymous(simulator)
                .authorization("Bearer " + answer.get("token").asString());
        assertThat(bearer.get("/admin/orders").body()).isEqualTo(UNAUTHORIZED);
    }

    @Test
    void verificationRequiredLoginIsAlsoUnusable() {
        simulator.loginChallenge(MedusaLoginChallenge.VERIFICATION_REQUIRED);
        JsonNode answer = login();

        assertThat(answer.get("verification_required").asBoolean()).isTrue();
        MedusaHttp bearer = MedusaHttp.anonymous(simulator)
                .authorization("Bearer " + answer.get("token").asString());
        assertThat(bearer.get("/admin/orders").status()).isEqualTo(401);
    }

    @Test
    void refreshNeedsAValidTokenAndGivesAWorkingOne() {
        MedusaHttp jwt = MedusaTestSupport.withJwt(simulator);
        clock.advance(Duration.ofSeconds(2));
        String fresh = jwt.post("/auth/token/refresh", "").json().get("token").asString();

        assertThat(MedusaHttp.anonymous(simulator)
                        .authorization("Bearer " + fresh)
                        .get("/admin/orders")
                        .status())
                .isEqualTo(200);
        assertThat(MedusaHttp.anonymous(simulator)
                        .post("/auth/token/refresh", "")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void usersMeIsA404ForTheSecretKeyActor() {
        MedusaHttp.Reply reply = MedusaHttp.withKey(simulator).get("/admin/users/me");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asString()).matches("User with id: apk_[0-9A-Z]{26} was not found");
    }

    @Test
    void createdSecretKeysWorkUntilRevoked() {
        MedusaHttp jwt = MedusaTestSupport.withJwt(simulator);
        JsonNode key = jwt.post("/admin/api-keys", "{\"title\":\"second\",\"type\":\"secret\"}")
                .json()
                .get("api_key");
        MedusaHttp second = MedusaHttp.anonymous(simulator)
                .authorization(MedusaHttp.basic(key.get("token").asString()));
        assertThat(second.get("/admin/stores").status()).isEqualTo(200);
        assertThat(jwt.get("/admin/api-keys").json().at("/api_keys/1/token").asString())
                .isEmpty();

        jwt.post("/admin/api-keys/" + key.get("id").asString() + "/revoke", "{}");
        assertThat(second.get("/admin/stores").status()).isEqualTo(401);
    }

    @Test
    void healthNeedsNoCredentials() {
        MedusaHttp.Reply reply = MedusaHttp.anonymous(simulator).get("/health");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("OK");
    }

    private JsonNode login() {
        String body = "{\"email\":\"admin@example.com\",\"password\":\"supersecret\"}";
        MedusaHttp.Reply reply = MedusaHttp.anonymous(simulator).post("/auth/user/emailpass", body);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }
}
