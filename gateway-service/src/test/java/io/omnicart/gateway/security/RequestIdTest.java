package io.omnicart.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Request ids reach every answer, the ones security writes included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class RequestIdTest {

    private static final String HEADER = "X-Request-Id";

    @Autowired
    WebTestClient client;

    @Test
    void echoedOnUnauthenticatedProblem() {
        client.get()
                .uri("/v1/accounts")
                .header(HEADER, "req-401.a:b")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HEADER, "req-401.a:b")
                .expectBody()
                .jsonPath("$.requestId")
                .isEqualTo("req-401.a:b");
    }

    @Test
    void echoedOnBundleRequiredProblem() {
        client.get()
                .uri("/v1/accounts")
                .header(HEADER, "req-403")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.withBundles("ws-1"))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .valueEquals(HEADER, "req-403")
                .expectBody()
                .jsonPath("$.requestId")
                .isEqualTo("req-403");
    }

    @Test
    void echoedOnOpenEndpoint() {
        client.get()
                .uri("/actuator/health")
                .header(HEADER, "req-health")
                .exchange()
                .expectHeader()
                .valueEquals(HEADER, "req-health");
    }

    @Test
    void generatedWhenAbsentAndMatchesTheProblemBody() {
        var result = client.get()
                .uri("/v1/accounts")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody(String.class)
                .returnResult();
        String id = result.getResponseHeaders().getFirst(HEADER);
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(result.getResponseBody()).contains("\"requestId\":\"" + id + "\"");
    }

    @Test
    void replacedWhenNotASaneToken() {
        String id = client.get()
                .uri("/actuator/health")
                .header(HEADER, "bad id with spaces <script>")
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst(HEADER);
        assertThat(id).matches("[0-9a-f-]{36}");
    }
}
