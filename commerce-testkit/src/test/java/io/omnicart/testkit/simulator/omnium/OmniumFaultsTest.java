package io.omnicart.testkit.simulator.omnium;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.Fault;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reference §12 rule 29 and the shared plumbing: injected 5xx, recording with masked bearer, reset. */
class OmniumFaultsTest {

    private final OmniumSimulator simulator = OmniumSimulator.start();

    @AfterEach
    void close() {
        simulator.close();
    }

    @Test
    void injectedServerErrorSkipsTheTokenCallAndAnswersJson() {
        simulator.failNext(Fault.serverError());
        OmniumHttp http = OmniumHttp.loggedIn(simulator);

        OmniumHttp.Reply failed = http.get("/api/Markets");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().has("message")).isTrue();
        assertThat(http.get("/api/Markets").status()).isEqualTo(200);
    }

    @Test
    void recordsRequestsWithTheBearerMasked() {
        OmniumHttp http = OmniumHttp.loggedIn(simulator);
        http.post("/api/Orders/Search", "{\"take\":1}");

        RecordedRequest search = simulator.requests().getLast();
        assertThat(search.path()).isEqualTo("/api/Orders/Search");
        assertThat(search.headers().get("authorization")).isEqualTo("Bearer ***");
    }

    @Test
    void resetEmptiesTheTenantInvalidatesTokensAndRestoresOptions() {
        simulator.seed(StandardSeed.create());
        OmniumHttp http = OmniumHttp.loggedIn(simulator);
        simulator.options().concurrencyLimit(1);

        simulator.reset();

        assertThat(http.get("/api/Markets").status()).isEqualTo(401);
        assertThat(simulator.options().concurrencyLimit()).isEqualTo(20);
        http.login(simulator.clientId(), simulator.clientSecret());
        assertThat(http.post("/api/Orders/Search", "{}").json().get("totalHits").asLong())
                .isZero();
        assertThat(simulator.requests()).hasSize(3);
    }
}
