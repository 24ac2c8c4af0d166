package io.omnicart.gateway.cache;

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
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway on a random port with a Medusa simulator (standard seed) connected through {@code POST /v1/accounts} as a
 * fresh workspace per test; upstream calls are counted from the simulator's recorded requests. Shared with the
 * change-feed tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class CacheApiSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    protected static MedusaSimulator medusa;

    @Autowired
    WebTestClient anonymous;

    protected WebTestClient client;
    protected String workspace;
    protected String account;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("omnicart.credentials.keyset", CacheApiSupport::newKeyset);
        registry.add("omnicart.ratelimit.caller.enabled", () -> "false");
    }

    @BeforeAll
    static void startStore() {
        medusa = MedusaSimulator.standard();
    }

    @AfterAll
    static void stopStore() {
        medusa.close();
    }

    @BeforeEach
    void connect() {
        medusa.clearRequests();
        workspace = "ws-" + UUID.randomUUID();
        client = as(workspace);
        String body = "{\"platform\":\"medusa\",\"baseUrl\":\"" + medusa.baseUrl()
                + "\",\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"" + medusa.secretApiKey() + "\"}}";
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
        account = created.path("id").asString();
        medusa.clearRequests();
    }

    protected WebTestClient as(String workspaceId) {
        return anonymous
                .mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce(workspaceId))
                .build();
    }

    /** A GET on the account expecting 200. */
    protected EntityExchangeResult<String> get(String path, String... headers) {
        WebTestClient.RequestHeadersSpec<?> request = client.get().uri("/v1/accounts/" + account + path);
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult();
    }

    EntityExchangeResult<String> post(String path) {
        return client.post()
                .uri("/v1/accounts/" + account + path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();
    }

    /** Upstream requests so far whose path starts with {@code pathPrefix}. */
    static long upstreamCalls(String pathPrefix) {
        return medusa.requests().stream()
                .map(RecordedRequest::path)
                .filter(path -> path.startsWith(pathPrefix))
                .count();
    }

    static String xCache(EntityExchangeResult<?> result) {
        return result.getResponseHeaders().getFirst("X-Cache");
    }

    protected static JsonNode json(String body) {
        return JSON.readTree(body == null ? "null" : body);
    }

    /** The id of a pending order of the seeded store. */
    protected String pendingOrder() {
        JsonNode page = json(get("/orders?status=pending&limit=5").getResponseBody());
        return page.path("data").get(0).path("id").asString();
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
