package io.omnicart.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.support.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway on a random port (accounts in the test JVM's in-memory H2, loopback stores allowed, as in a local run)
 * in front of the real Medusa 2.21.2 server of {@code e2e/medusa/run.sh setup}. Each test class calls as a workspace
 * of its own and connects the store through the Accounts API once per credential type; {@link #medusa} reads Medusa
 * directly to check what the gateway did.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "omnicart.accounts.allow-insecure-loopback=true",
            // One caller making a few hundred calls in a row: the caller limit has its own tests.
            "omnicart.ratelimit.caller.capacity=100000",
            "omnicart.ratelimit.caller.refill-tokens=100000"
        })
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MedusaE2ESupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(90);

    /** How the gateway signs in to Medusa. */
    enum Credential {
        API_KEY("api_key"),
        EMAIL_PASSWORD("email_password");

        final String wire;

        Credential(String wire) {
            this.wire = wire;
        }

        String credentialsJson(MedusaE2EStore store) {
            return switch (this) {
                case API_KEY -> "{\"type\":\"api_key\",\"apiKey\":" + quote(store.secretApiKey) + "}";
                case EMAIL_PASSWORD ->
                    "{\"type\":\"email_password\",\"email\":" + quote(store.adminEmail) + ",\"password\":"
                            + quote(store.adminPassword) + "}";
            };
        }
    }

    @Autowired
    private WebTestClient anonymous;

    final MedusaE2EStore store = MedusaE2EStore.get();
    final MedusaDirect medusa = new MedusaDirect(store);
    WebTestClient gateway;
    String workspace;
    private final Map<Credential, String> accounts = new EnumMap<>(Credential.class);

    @BeforeAll
    void callAsAFreshWorkspace() {
        medusa.get("/admin/stores?limit=1&fields=id"); // fails early, naming run.sh, when Medusa is not up
        workspace = "ws-e2e-" + UUID.randomUUID();
        gateway = as(workspace);
    }

    WebTestClient as(String workspaceId) {
        return anonymous
                .mutate()
                .responseTimeout(CALL_TIMEOUT)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce(workspaceId))
                .build();
    }

    /** The account of this class's workspace for the credential type, connected on first use. */
    String account(Credential credential) {
        return accounts.computeIfAbsent(
                credential, c -> connect(c, "E2E " + c.wire).path("id").asString());
    }

    /** POST /v1/accounts with the real store and credential type; 201 expected. */
    JsonNode connect(Credential credential, @Nullable String label) {
        String body = connectBody(store.baseUrl, credential.credentialsJson(store), label);
        WebTestClient.ResponseSpec response = send(gateway, HttpMethod.POST, "/v1/accounts", body);
        String text = text(response, HttpStatus.CREATED);
        assertThat(text)
                .as("no secret in the connect answer")
                .doesNotContain(store.secretApiKey)
                .doesNotContain(store.adminPassword);
        return JSON.readTree(text);
    }

    static String connectBody(String baseUrl, String credentialsJson, @Nullable String label) {
        return "{\"platform\":\"medusa\",\"label\":" + (label == null ? "null" : quote(label)) + ",\"baseUrl\":"
                + quote(baseUrl) + ",\"credentials\":" + credentialsJson + "}";
    }

    static String quote(String value) {
        return JSON.writeValueAsString(value);
    }

    static String path(Credential credential, MedusaE2ESupport test, String suffix) {
        return "/v1/accounts/" + test.account(credential) + suffix;
    }

    /** GET {@code /v1/accounts/{account}{suffix}}; 200 expected. */
    JsonNode read(Credential credential, String suffix) {
        return get(path(credential, this, suffix));
    }

    JsonNode get(String uri) {
        return JSON.readTree(text(gateway.get().uri(uri).exchange(), HttpStatus.OK));
    }

    WebTestClient.ResponseSpec call(Credential credential, HttpMethod method, String suffix, @Nullable String body) {
        return send(gateway, method, path(credential, this, suffix), body);
    }

    /** Sends JSON as bytes, so the test client's debug log never prints a secret of a connect body. */
    static WebTestClient.ResponseSpec send(WebTestClient client, HttpMethod method, String uri, @Nullable String body) {
        WebTestClient.RequestBodySpec request = client.method(method).uri(uri);
        if (body == null) {
            return request.exchange();
        }
        return request.contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.getBytes(StandardCharsets.UTF_8))
                .exchange();
    }

    static JsonNode json(WebTestClient.ResponseSpec response, HttpStatus status) {
        return JSON.readTree(text(response, status));
    }

    static String text(WebTestClient.ResponseSpec response, HttpStatus status) {
        WebTestClient.BodySpec<String, ?> body = response.expectBody(String.class);
        String text = body.returnResult().getResponseBody();
        int actual = body.returnResult().getStatus().value();
        assertThat(actual).as("HTTP status; body: %s", text).isEqualTo(status.value());
        return text == null ? "null" : text;
    }

    /** A problem+json with this status and code. */
    static JsonNode problem(WebTestClient.ResponseSpec response, HttpStatus status, String code) {
        WebTestClient.BodySpec<String, ?> body = response.expectBody(String.class);
        String text = body.returnResult().getResponseBody();
        assertThat(body.returnResult().getStatus().value())
                .as("HTTP status; body: %s", text)
                .isEqualTo(status.value());
        assertThat(body.returnResult().getResponseHeaders().getContentType())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JSON.readTree(text);
        assertThat(problem.path("code").asString()).as(text).isEqualTo(code);
        return problem;
    }

    /** Every item of a list, following {@code nextCursor} with this page size (bounded). */
    List<JsonNode> allPages(Credential credential, String suffix, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String separator = suffix.contains("?") ? "&" : "?";
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = read(
                    credential, suffix + separator + "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.path("page").path("limit").asInt()).isEqualTo(limit);
            assertThat(page.path("data").size()).isLessThanOrEqualTo(limit);
            page.path("data").forEach(items::add);
            cursor = page.path("page").path("nextCursor").isNull()
                    ? null
                    : page.path("page").path("nextCursor").asString();
            assertThat(++pages).as("pages of %s", suffix).isLessThan(200);
        } while (cursor != null);
        return items;
    }

    static List<JsonNode> data(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.path("data").forEach(items::add);
        return items;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /**
     * The gateway id of a live order, found by its number with {@code q}: the number matches exactly, but {@code q}
     * also finds orders whose e-mail contains the digits (e.g. {@code draft.e2e…}), so the one numbered so is picked.
     */
    String orderId(Credential credential, int number) {
        List<JsonNode> numbered = allPages(credential, "/orders?q=" + number, 100).stream()
                .filter(order -> order.path("number").asString().equals(String.valueOf(number)))
                .toList();
        assertThat(numbered).as("orders numbered %s", number).hasSize(1);
        return numbered.getFirst().path("id").asString();
    }
}
