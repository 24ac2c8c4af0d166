package io.omnicart.gateway.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.support.TestTokens;
import io.omnicart.testkit.simulator.medusa.MedusaSimulator;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An account whose credentials were encrypted with a key the keyset no longer holds (removed too early): every call is
 * 503 {@code credentials_unreadable} naming the account and the key id, never the ciphertext or a secret; it is logged
 * once at ERROR, and the account shows {@code failing} with that reason.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "omnicart.ratelimit.caller.enabled=false")
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class UnreadableCredentialsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long REMOVED_KEY = 16_909_060L; // 0x01020304
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static MedusaSimulator medusa;

    @Autowired
    WebTestClient anonymous;

    @Autowired
    DatabaseClient db;

    private WebTestClient client;

    @BeforeAll
    static void startStore() {
        medusa = MedusaSimulator.start();
    }

    @AfterAll
    static void stopStore() {
        medusa.close();
    }

    @BeforeEach
    void freshWorkspace() {
        client = anonymous
                .mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce("ws-" + UUID.randomUUID()))
                .build();
    }

    @Test
    void everyCallIsCredentialsUnreadableNamingAccountAndKeyLoggedOnceAndTheAccountShowsFailing(CapturedOutput output) {
        String id = connect();
        byte[] ciphertext = encryptedUnderARemovedKey(id);

        for (int i = 0; i < 3; i++) {
            JsonNode problem = unreadable(client.get().uri("/v1/accounts/" + id + "/orders"));
            assertThat(problem.path("accountId").asString()).isEqualTo(id);
            assertThat(problem.path("keyId").asLong()).isEqualTo(REMOVED_KEY);
            assertThat(problem.path("detail").asString()).contains(id).contains(String.valueOf(REMOVED_KEY));
            assertThat(problem.toString())
                    .doesNotContain(medusa.secretApiKey())
                    .doesNotContain(Base64.getEncoder().encodeToString(ciphertext));
        }
        unreadable(client.post().uri("/v1/accounts/" + id + "/verify"));
        unreadable(client.patch()
                .uri("/v1/accounts/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"baseUrl\":\"" + medusa.baseUrl() + "\"}"));

        client.get()
                .uri("/v1/accounts/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("failing")
                .jsonPath("$.statusReason")
                .isEqualTo("credentials_unreadable");
        String logs = output.getAll();
        assertThat(logs.lines()
                        .filter(line ->
                                line.contains("ERROR") && line.contains(id) && line.contains("key " + REMOVED_KEY))
                        .count())
                .as(logs)
                .isEqualTo(1);
        assertThat(logs).doesNotContain(medusa.secretApiKey());
    }

    @Test
    void aNewCredentialClearsTheConditionAndTheReason() {
        String id = connect();
        encryptedUnderARemovedKey(id);
        unreadable(client.get().uri("/v1/accounts/" + id + "/orders"));

        client.patch()
                .uri("/v1/accounts/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"" + medusa.secretApiKey() + "\"}}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("connected")
                .jsonPath("$.statusReason")
                .doesNotExist();
        client.get()
                .uri("/v1/accounts/" + id + "/orders")
                .exchange()
                .expectStatus()
                .isOk();
    }

    private JsonNode unreadable(WebTestClient.RequestHeadersSpec<?> request) {
        byte[] body = request.exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .returnResult()
                .getResponseBodyContent();
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("code").asString()).isEqualTo("credentials_unreadable");
        return problem;
    }

    private String connect() {
        String body = "{\"platform\":\"medusa\",\"baseUrl\":\"" + medusa.baseUrl()
                + "\",\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"" + medusa.secretApiKey() + "\"}}";
        byte[] created = client.post()
                .uri("/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBodyContent();
        return JSON.readTree(created).path("id").asString();
    }

    /**
     * Rewrites the account's ciphertext as if a key that has since left the keyset had made it: Tink's prefix (and the
     * key_id column) name key 0x01020304, which the keyset does not hold. The account was never resolved before, so no
     * decrypted connection is cached.
     */
    private byte[] encryptedUnderARemovedKey(String id) {
        byte[] ciphertext = db.sql("SELECT credentials FROM store_account WHERE id = :id")
                .bind("id", id)
                .map(row -> row.get("credentials", byte[].class))
                .one()
                .block(WAIT);
        ByteBuffer.wrap(ciphertext, 1, 4).putInt((int) REMOVED_KEY);
        db.sql("UPDATE store_account SET credentials = :c, key_id = :k WHERE id = :id")
                .bind("c", ciphertext)
                .bind("k", REMOVED_KEY)
                .bind("id", id)
                .fetch()
                .rowsUpdated()
                .block(WAIT);
        return ciphertext;
    }
}
