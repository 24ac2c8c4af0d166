package io.omnicart.gateway.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "omnicart.ratelimit.caller.capacity=3",
            "omnicart.ratelimit.caller.refill-tokens=1",
            "omnicart.ratelimit.caller.refill-period=1m"
        })
@AutoConfigureWebTestClient
class CallerRateLimitTest {

    @Autowired
    WebTestClient client;

    private WebTestClient.ResponseSpec accounts(String workspace) {
        return client.get()
                .uri("/v1/accounts")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(workspace))
                .exchange();
    }

    @Test
    void eachWorkspaceGetsItsBurstThenA429WithRetryAfterAndRateLimitHeaders() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            accounts("ws-limited")
                    .expectHeader()
                    .valueEquals("X-RateLimit-Limit", "3")
                    .expectHeader()
                    .valueEquals("X-RateLimit-Remaining", Integer.toString(remaining))
                    .expectHeader()
                    .exists("X-RateLimit-Reset");
        }

        accounts("ws-limited")
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "60")
                .expectHeader()
                .valueEquals("X-RateLimit-Remaining", "0")
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("rate_limited")
                .jsonPath("$.retryAfterSeconds")
                .isEqualTo(60);

        accounts("ws-other").expectHeader().valueEquals("X-RateLimit-Remaining", "2");
    }

    @Test
    void callsOutsideTheApiAreNotLimited() {
        String scrape = client.get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .doesNotExist("X-RateLimit-Limit")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(scrape).contains("UP");
    }
}
