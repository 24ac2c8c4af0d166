package io.omnicart.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.support.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway on a random port with the real demo adapter, called as a workspace with the commerce bundle. Each test
 * gets its own workspace, so the per-workspace caller rate limit never interferes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class ApiTestSupport {

    protected static final String DEMO = "/v1/accounts/demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private WebTestClient anonymous;

    protected WebTestClient client;
    protected String workspace;

    @BeforeEach
    void authenticate() {
        workspace = "ws-" + UUID.randomUUID();
        client = anonymous
                .mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce(workspace))
                .build();
    }

    /** GET {@code uri}, expect 200 JSON, return the body. */
    protected JsonNode get(String uri) {
        return exchange(client.get().uri(uri).exchange(), HttpStatus.OK);
    }

    /** The JSON body after checking the status. */
    protected static JsonNode exchange(WebTestClient.ResponseSpec response, HttpStatus status) {
        String body = response.expectStatus()
                .isEqualTo(status)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return JSON.readTree(body == null ? "null" : body);
    }

    /** Expect a problem+json with {@code status} and {@code code}; returns it. */
    protected static JsonNode problem(WebTestClient.ResponseSpec response, HttpStatus status, String code) {
        response.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = exchange(response, status);
        assertThat(problem.path("code").asString()).as(problem.toString()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status.value());
        return problem;
    }

    /** The {@code field} names of a validation problem. */
    protected static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    /** Every element of the {@code data} array. */
    protected static List<JsonNode> data(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.path("data").forEach(items::add);
        return items;
    }

    protected static String text(JsonNode node, String field) {
        return node.path(field).asString();
    }
}
