package io.omnicart.gateway.passthrough;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.omnicart.gateway.support.TestTokens;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.medusa.MedusaSimulator;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway on a random port with a Medusa simulator (standard seed) connected through {@code POST /v1/accounts}, as
 * the other gateway tests do, and a {@link RecordingStore} reached through {@link RecordingAccounts} where a test needs
 * every header exactly as it arrived. Each test calls as a fresh workspace with the commerce bundle.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "omnicart.ratelimit.caller.enabled=false",
            "omnicart.passthrough.max-body-size=8KB",
            "omnicart.passthrough.timeout=4s",
            "omnicart.upstream.medusa.retry.initial-backoff=20ms",
            "omnicart.upstream.medusa.retry.max-retry-after=2s"
        })
@AutoConfigureWebTestClient
@Import(RecordingAccounts.class)
abstract class PassthroughApiSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static MedusaSimulator medusa;
    static RecordingStore recorder;

    @Autowired
    WebTestClient anonymous;

    @Autowired
    RecordingAccounts accounts;

    WebTestClient client;
    String workspace;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("omnicart.credentials.keyset", PassthroughApiSupport::newKeyset);
    }

    @BeforeAll
    static void startStores() {
        medusa = MedusaSimulator.standard();
        recorder = new RecordingStore();
    }

    @AfterAll
    static void stopStores() {
        medusa.close();
        recorder.close();
    }

    @BeforeEach
    void freshWorkspace() {
        medusa.clearFaults();
        medusa.clearRequests();
        recorder.clear();
        workspace = "ws-" + UUID.randomUUID();
        client = as(workspace);
    }

    WebTestClient as(String workspaceId) {
        return anonymous
                .mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce(workspaceId))
                .build();
    }

    /** {@code GET /v1/accounts/{account}/raw{path}} as the test's workspace. */
    WebTestClient.ResponseSpec rawGet(String account, String path) {
        return client.get().uri("/v1/accounts/" + account + "/raw" + path).exchange();
    }

    /** Connects the simulator with its secret key; returns the account id. */
    String connectWithKey() {
        return connect("{\"type\":\"api_key\",\"apiKey\":\"" + medusa.secretApiKey() + "\"}");
    }

    /** Connects the simulator with its admin user; returns the account id. */
    String connectWithAdminUser() {
        return connect("{\"type\":\"email_password\",\"email\":\"" + medusa.adminEmail() + "\",\"password\":\""
                + medusa.adminPassword() + "\"}");
    }

    private String connect(String credentials) {
        String body = "{\"platform\":\"medusa\",\"baseUrl\":\"" + medusa.baseUrl() + "\",\"credentials\":" + credentials
                + "}";
        JsonNode created = json(client.post()
                .uri("/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.getBytes(StandardCharsets.UTF_8))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CREATED)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        medusa.clearRequests();
        return created.path("id").asString();
    }

    /** The simulator's requests to {@code path} (authentication calls have their own paths). */
    static List<RecordedRequest> upstream(String path) {
        return medusa.requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    static long logins() {
        return upstream("/auth/user/emailpass").size();
    }

    static JsonNode json(String body) {
        return JSON.readTree(body == null ? "null" : body);
    }

    static JsonNode problem(WebTestClient.ResponseSpec response, HttpStatus status, String code) {
        String body = response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        JsonNode problem = json(body);
        assertThat(problem.path("code").asString()).as(body).isEqualTo(code);
        return problem;
    }

    static String newKeyset() {
        try {
            AeadConfig.register();
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
