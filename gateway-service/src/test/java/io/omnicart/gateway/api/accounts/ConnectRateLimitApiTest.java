package io.omnicart.gateway.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.support.TestTokens;
import io.omnicart.testkit.simulator.Fault;
import io.omnicart.testkit.simulator.FaultRule;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.medusa.MedusaSimulator;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Connect and verify through a store that answers 429 (the Medusa simulator's {@code failNext}): its {@code
 * Retry-After} is honoured within the verify timeout, and a store that keeps refusing is 429 {@code rate_limited} with
 * {@code Retry-After} — never a 422 {@code unreachable}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"omnicart.accounts.verify-timeout=4s", "omnicart.ratelimit.caller.enabled=false"})
@AutoConfigureWebTestClient
class ConnectRateLimitApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static MedusaSimulator medusa;

    @Autowired
    WebTestClient anonymous;

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
        medusa.clearFaults();
        medusa.clearRequests();
        client = anonymous
                .mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce("ws-" + UUID.randomUUID()))
                .build();
    }

    @Test
    void aConnectThroughA429WaitsForRetryAfterAndIsCreated() {
        medusa.failNext(FaultRule.once(new Fault.RateLimited(Duration.ofSeconds(1))));

        JsonNode account = json(connect().expectStatus().isCreated());

        assertThat(account.path("status").asString()).isEqualTo("connected");
        assertThat(storeReads()).isEqualTo(2);
    }

    @Test
    void aStoreThatKeepsRefusingIsRateLimitedWithRetryAfterNotUnreachable() {
        medusa.failNext(
                FaultRule.once(new Fault.RateLimited(Duration.ofSeconds(1))).times(100));

        EntityExchangeResult<byte[]> result = connect()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectBody()
                .returnResult();

        JsonNode problem = JSON.readTree(result.getResponseBodyContent());
        assertThat(problem.path("code").asString()).isEqualTo("rate_limited");
        assertThat(storeReads()).isBetween(2L, 5L);
    }

    @Test
    void aRetryAfterBeyondTheVerifyTimeoutIsAnsweredAtOnceAsRateLimited() {
        medusa.failNext(FaultRule.once(new Fault.RateLimited(Duration.ofSeconds(30))));

        connect()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "30")
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("rate_limited");
        assertThat(storeReads()).isEqualTo(1);
    }

    @Test
    void verifyHonoursRetryAfterAndARateLimitedStoreIsNotMarkedFailing() {
        String id = json(connect().expectStatus().isCreated()).path("id").asString();

        medusa.failNext(FaultRule.once(new Fault.RateLimited(Duration.ofSeconds(1))));
        client.post()
                .uri("/v1/accounts/" + id + "/verify")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("connected");

        medusa.failNext(FaultRule.once(new Fault.RateLimited(Duration.ofSeconds(30))));
        client.post()
                .uri("/v1/accounts/" + id + "/verify")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("rate_limited");
        client.get()
                .uri("/v1/accounts/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("connected");
    }

    private WebTestClient.ResponseSpec connect() {
        String body = "{\"platform\":\"medusa\",\"baseUrl\":\"" + medusa.baseUrl()
                + "\",\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"" + medusa.secretApiKey() + "\"}}";
        return client.post()
                .uri("/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** Requests the store got other than sign-ins: the verification reads. */
    private static long storeReads() {
        return medusa.requests().stream()
                .map(RecordedRequest::path)
                .filter(path -> !path.startsWith("/auth"))
                .count();
    }

    private static JsonNode json(WebTestClient.ResponseSpec response) {
        return JSON.readTree(response.expectBody().returnResult().getResponseBodyContent());
    }
}
