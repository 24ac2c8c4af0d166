package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.testkit.simulator.Fault;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the simulator records, how it masks credentials, and what {@code reset()} forgets. */
class MedusaRecordingAndResetTest {

    private MedusaSimulator simulator;

    @BeforeEach
    void start() {
        simulator = MedusaSimulator.standard();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void recordsMethodPathQueryHeadersAndBodyWithCredentialsMasked() {
        String token = MedusaTestSupport.login(simulator);
        MedusaHttp.anonymous(simulator)
                .authorization("Bearer " + token)
                .post("/admin/orders/order_X/complete?fields=id,status", "{\"additional_data\":{}}");
        MedusaHttp.withKey(simulator).get("/admin/orders?status[]=pending&status[]=canceled&limit=5");

        RecordedRequest login = simulator.requests().get(0);
        assertThat(login.path()).isEqualTo("/auth/user/emailpass");
        assertThat(login.body()).contains("admin@example.com").doesNotContain(simulator.adminPassword());

        RecordedRequest complete = simulator.requests().get(1);
        assertThat(complete.method()).isEqualTo("POST");
        assertThat(complete.header("Authorization")).isEqualTo("Bearer ***");
        assertThat(complete.authScheme()).isEqualTo("Bearer");
        assertThat(complete.queryParam("fields")).isEqualTo("id,status");
        assertThat(complete.body()).isEqualTo("{\"additional_data\":{}}");
        assertThat(complete.header("content-type")).isEqualTo("application/json");

        RecordedRequest list = simulator.requests().get(2);
        assertThat(list.header("authorization")).isEqualTo("Basic ***");
        assertThat(list.query().get("status[]")).containsExactly("pending", "canceled");
        assertThat(simulator.requests().toString())
                .doesNotContain(simulator.secretApiKey())
                .doesNotContain(token);
    }

    @Test
    void resetForgetsDataFaultsRequestsAndTokensButKeepsTheKeyAndUrl() {
        String token = MedusaTestSupport.login(simulator);
        String url = simulator.baseUrl().toString();
        simulator.failNext(Fault.serverError());
        simulator.loginChallenge(MedusaLoginChallenge.MFA_REQUIRED);

        simulator.reset();

        MedusaHttp key = MedusaHttp.withKey(simulator);
        assertThat(simulator.requests()).isEmpty();
        assertThat(key.get("/admin/orders").json().get("count").asInt()).isZero();
        assertThat(MedusaHttp.anonymous(simulator)
                        .authorization("Bearer " + token)
                        .get("/admin/orders")
                        .status())
                .isEqualTo(401);
        assertThat(MedusaTestSupport.login(simulator)).isNotBlank();
        assertThat(simulator.baseUrl().toString()).isEqualTo(url);
        assertThat(simulator.seeded().orders()).isEmpty();
        assertThat(simulator.seed(StandardSeed.create()).orders()).hasSize(12);
    }

    @Test
    void describesItselfForTheContractSuite() {
        assertThat(simulator.platform()).isEqualTo(Platform.MEDUSA);
        assertThat(simulator.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(simulator.credentials())
                .isInstanceOfSatisfying(
                        Credentials.ApiKey.class,
                        key -> assertThat(key.apiKey().reveal()).isEqualTo(simulator.secretApiKey()));
        assertThat(simulator.emailPasswordCredentials().email()).isEqualTo("admin@example.com");
    }
}
