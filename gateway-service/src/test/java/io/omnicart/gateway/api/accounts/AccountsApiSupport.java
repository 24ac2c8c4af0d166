package io.omnicart.gateway.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.omnicart.gateway.support.TestTokens;
import io.omnicart.testkit.simulator.medusa.MedusaVerificationStub;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway on a random port with stored accounts on real PostgreSQL ({@code OMNICART_TEST_POSTGRES_URL}, default
 * the local service; a schema of its own, dropped at the end), a Medusa stand-in on loopback and the loopback
 * allowance on (as in local runs). Each test calls as a fresh workspace with the commerce bundle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class AccountsApiSupport {

    static final String KEY = "sk_gateway_test_0001";
    static final String PASSWORD = "correct-horse-battery";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SCHEMA =
            "gw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static final String POSTGRES = env("OMNICART_TEST_POSTGRES_URL", "r2dbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("OMNICART_TEST_POSTGRES_USER", "postgres");
    static final String SECRET = env("OMNICART_TEST_POSTGRES_PASSWORD", "");

    static MedusaVerificationStub store;

    @Autowired
    WebTestClient anonymous;

    WebTestClient client;
    String workspace;

    @DynamicPropertySource
    static void accountsDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.url", () -> POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "schema=" + SCHEMA);
        registry.add("spring.r2dbc.username", () -> USER);
        registry.add("spring.r2dbc.password", () -> SECRET);
        registry.add("omnicart.credentials.keyset", AccountsApiSupport::newKeyset);
        registry.add("omnicart.accounts.allow-insecure-loopback", () -> "true");
    }

    @BeforeAll
    static void startStore() {
        store = MedusaVerificationStub.start("Gateway Test Store", KEY, PASSWORD);
    }

    @AfterAll
    static void stopStore() {
        store.close();
    }

    @BeforeEach
    void authenticate() {
        store.acceptApiKey(KEY);
        store.mode(MedusaVerificationStub.Mode.NORMAL);
        workspace = "ws-" + UUID.randomUUID();
        client = as(workspace);
    }

    WebTestClient as(String workspaceId) {
        return anonymous
                .mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce(workspaceId))
                .build();
    }

    static String connectBody(String baseUrl, String apiKey, String label) {
        return "{\"platform\":\"medusa\",\"label\":" + (label == null ? "null" : "\"" + label + "\"")
                + ",\"baseUrl\":\"" + baseUrl + "\",\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"" + apiKey
                + "\"}}";
    }

    /** Sends the JSON as bytes, so the test client's own debug log does not print it. */
    WebTestClient.ResponseSpec post(WebTestClient caller, String uri, String json) {
        return caller.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bytes(json))
                .exchange();
    }

    WebTestClient.ResponseSpec patch(WebTestClient caller, String uri, String json) {
        return caller.patch()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bytes(json))
                .exchange();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Connects the stand-in store as {@link #workspace}; returns the account. */
    JsonNode connect(String label) {
        return body(post(client, "/v1/accounts", connectBody(store.baseUrl(), KEY, label)), HttpStatus.CREATED);
    }

    static JsonNode body(WebTestClient.ResponseSpec response, HttpStatus status) {
        String body = response.expectStatus()
                .isEqualTo(status)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return JSON.readTree(body == null ? "null" : body);
    }

    static JsonNode problem(WebTestClient.ResponseSpec response, HttpStatus status, String code) {
        response.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(response, status);
        assertThat(problem.path("code").asString()).as(problem.toString()).isEqualTo(code);
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

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AccountsApiSupport::dropSchema));
    }

    private static void dropSchema() {
        String jdbc = POSTGRES.replaceFirst("^r2dbc:(pool:)?postgresql:", "jdbc:postgresql:")
                .replaceFirst("\\?.*$", "");
        try (Connection connection = DriverManager.getConnection(jdbc, USER, SECRET.isEmpty() ? null : SECRET)) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            System.err.println("could not drop test schema " + SCHEMA + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
