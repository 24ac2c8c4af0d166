package io.omnicart.gateway.security;

import io.omnicart.gateway.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "omnicart.security.metrics-public=false")
@AutoConfigureWebTestClient
class RestrictedMetricsTest {

    @Autowired
    WebTestClient client;

    @Test
    void prometheusNeedsATokenWhenMetricsAreNotPublic() {
        client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("unauthenticated");
    }

    @Test
    void prometheusAnswersAValidToken() {
        client.get()
                .uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.withBundles("ops"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void healthStaysOpen() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}
