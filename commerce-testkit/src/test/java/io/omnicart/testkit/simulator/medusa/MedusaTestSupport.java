package io.omnicart.testkit.simulator.medusa;

import static org.assertj.core.api.Assertions.assertThat;

/** Small helpers shared by the simulator tests. */
final class MedusaTestSupport {

    private MedusaTestSupport() {}

    /** Logs in as the admin user and returns the JWT. */
    static String login(MedusaSimulator simulator) {
        MedusaHttp.Reply reply = MedusaHttp.anonymous(simulator)
                .post(
                        "/auth/user/emailpass",
                        "{\"email\":\"" + simulator.adminEmail() + "\",\"password\":\"" + simulator.adminPassword()
                                + "\"}");
        assertThat(reply.status()).as("login").isEqualTo(200);
        return reply.json().get("token").asString();
    }

    /** An HTTP client carrying a fresh admin JWT. */
    static MedusaHttp withJwt(MedusaSimulator simulator) {
        return new MedusaHttp(simulator.baseUrl(), "Bearer " + login(simulator));
    }
}
