package io.omnicart.adapter.medusa;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.RawAuthorization;
import io.omnicart.core.spi.RawRequest;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.ContractTokenCache;
import io.omnicart.testkit.simulator.medusa.MedusaSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The credentials the adapter lends the gateway's raw passthrough: checked by sending them to the simulator the way the
 * gateway does (its own request, not the adapter's client), including the 401 → {@code rawRejected} → fresh login
 * cycle for an admin user's JWT.
 */
class MedusaRawAuthorizationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final RawRequest READ = new RawRequest("GET", "/admin/stores", null, null);
    private static final String LOGIN = "/auth/user/emailpass";
    private static MedusaSimulator simulator;

    private final MedusaAdapter adapter = new MedusaAdapter(
            WebClient.create(), new ContractTokenCache(), MedusaSettings.defaults(), Clock.systemUTC());

    @BeforeAll
    static void start() {
        simulator = MedusaSimulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    @Test
    void aSecretKeyIsLentAsBasicWithAnEmptyPassword() {
        StoreConnection store = store(simulator.apiKeyCredentials());

        RawAuthorization auth = adapter.authorizeRaw(store, READ).block(WAIT);

        String expected = "Basic "
                + Base64.getEncoder().encodeToString((simulator.secretApiKey() + ":").getBytes(StandardCharsets.UTF_8));
        assertThat(auth.headers()).containsExactlyEntriesOf(java.util.Map.of("Authorization", expected));
        assertThat(auth.queryParameters()).isEmpty();
        assertThat(auth.toString()).doesNotContain(simulator.secretApiKey());
        assertThat(status(auth)).isEqualTo(200);
        adapter.rawRejected(store, auth).block(WAIT);
        assertThat(adapter.authorizeRaw(store, READ).block(WAIT)).isEqualTo(auth);
        assertThat(logins()).isZero();
    }

    @Test
    void anAdminUserLendsItsCachedJwtAndLogsInAgainOnlyAfterARejection() {
        StoreConnection store = store(simulator.emailPasswordCredentials());

        RawAuthorization first = adapter.authorizeRaw(store, READ).block(WAIT);
        RawAuthorization again = adapter.authorizeRaw(store, READ).block(WAIT);

        assertThat(first.headers().get("Authorization")).startsWith("Bearer ");
        assertThat(again).isEqualTo(first);
        assertThat(logins()).isEqualTo(1);
        assertThat(status(first)).isEqualTo(200);

        simulator.expireTokens();
        assertThat(status(first)).isEqualTo(401);
        adapter.rawRejected(store, first).block(WAIT);
        RawAuthorization fresh = adapter.authorizeRaw(store, READ).block(WAIT);

        assertThat(logins()).isEqualTo(2);
        assertThat(status(fresh)).isEqualTo(200);
    }

    @Test
    void aStaleRejectionDoesNotEvictANewerToken() {
        StoreConnection store = store(simulator.emailPasswordCredentials());
        RawAuthorization first = adapter.authorizeRaw(store, READ).block(WAIT);
        simulator.expireTokens();
        simulator.tokenLifetime(Duration.ofHours(2)); // another exp claim: Medusa's JWTs differ only by their claims
        assertThat(status(first)).isEqualTo(401);
        adapter.rawRejected(store, first).block(WAIT);
        RawAuthorization fresh = adapter.authorizeRaw(store, READ).block(WAIT);
        assertThat(fresh).isNotEqualTo(first);

        adapter.rawRejected(store, first).block(WAIT); // a late 401 of a request sent with the old token

        assertThat(adapter.authorizeRaw(store, READ).block(WAIT)).isEqualTo(fresh);
        assertThat(logins()).isEqualTo(2);
    }

    /** The status the simulator answers a raw {@code GET /admin/stores} sent with {@code auth}. */
    private static int status(RawAuthorization auth) {
        return WebClient.create()
                .get()
                .uri(simulator.baseUrl() + "/admin/stores")
                .headers(headers -> auth.headers().forEach(headers::set))
                .exchangeToMono(response ->
                        response.releaseBody().thenReturn(response.statusCode().value()))
                .block(WAIT);
    }

    private static long logins() {
        return simulator.requests().stream()
                .filter(request -> request.path().equals(LOGIN))
                .count();
    }

    private static StoreConnection store(Credentials credentials) {
        return new StoreConnection("acc_raw", "ws_raw", Platform.MEDUSA, simulator.baseUrl(), credentials);
    }
}
