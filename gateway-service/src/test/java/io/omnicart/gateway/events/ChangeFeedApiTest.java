package io.omnicart.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.omnicart.gateway.cache.CacheApiSupport;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * The change feed end to end on the Medusa simulator: an account in use is polled, a change made in the store behind
 * the gateway's back reaches an SSE subscriber as {@code order.updated} with what moved, and the cached order list
 * read right after shows it.
 */
@TestPropertySource(
        properties = {
            "omnicart.events.enabled=true",
            "omnicart.events.tick=100ms",
            "omnicart.events.poll-interval=300ms",
            "omnicart.events.baseline-window=3650d",
            "omnicart.events.heartbeat=1s"
        })
class ChangeFeedApiTest extends CacheApiSupport {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE =
            new ParameterizedTypeReference<>() {};

    @Autowired
    MeterRegistry registry;

    @Test
    void aChangeInTheStoreReachesTheStreamAndTheCachedListShowsIt() {
        String order = pendingOrder();
        assertThat(json(get("/orders?status=pending&limit=50").getResponseBody())
                        .toString())
                .contains(order);
        Flux<ServerSentEvent<String>> stream = client.get()
                .uri("/v1/events?types=order.updated")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(SSE)
                .getResponseBody()
                .filter(event -> event.event() != null);
        FeedTestSupport.awaitNextPoll(registry);

        StepVerifier.create(stream)
                .then(() -> FeedTestSupport.completeInTheStore(medusa, order))
                .assertNext(event -> {
                    JsonNode data = json(event.data());
                    assertThat(event.event()).isEqualTo("order.updated");
                    assertThat(event.id()).isEqualTo(data.path("id").asString());
                    assertThat(data.path("accountId").asString()).isEqualTo(account);
                    assertThat(data.path("resource").path("id").asString()).isEqualTo(order);
                    assertThat(data.path("changes").path("status").path("from").asString())
                            .isEqualTo("pending");
                    assertThat(data.path("changes").path("status").path("to").asString())
                            .isEqualTo("completed");
                    assertThat(data.path("data").path("status").asString()).isEqualTo("completed");
                    assertThat(Instant.parse(data.path("detectedAt").asString()))
                            .isAfterOrEqualTo(
                                    Instant.parse(data.path("occurredAt").asString()));
                })
                .thenCancel()
                .verify(Duration.ofSeconds(30));

        JsonNode pending = json(get("/orders?status=pending&limit=50").getResponseBody());
        assertThat(pending.toString())
                .as("the cached list was evicted by the event")
                .doesNotContain(order);
    }

    @Test
    void anUnknownTypeAndAMalformedOrExpiredLastEventIdAreRefused() {
        problem(client.get().uri("/v1/events?types=order.exploded"), HttpStatus.BAD_REQUEST, "validation_failed");
        problem(
                client.get().uri("/v1/events").header("Last-Event-ID", "not-an-id"),
                HttpStatus.BAD_REQUEST,
                "invalid_cursor");
        problem(
                client.get().uri("/v1/events").header("Last-Event-ID", "evt_" + "0".repeat(26)),
                HttpStatus.GONE,
                "events_expired");
        problem(client.get().uri("/v1/accounts/acc_nope/events"), HttpStatus.NOT_FOUND, "account_not_found");
    }

    @Test
    void anotherWorkspaceNeverSeesTheAccountsStream() {
        problem(
                as("ws-other-" + workspace).get().uri("/v1/accounts/" + account + "/events"),
                HttpStatus.NOT_FOUND,
                "account_not_found");
    }

    private static void problem(
            org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec<?> request,
            HttpStatus status,
            String code) {
        JsonNode problem = json(request.accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(problem.path("code").asString()).as(problem.toString()).isEqualTo(code);
    }
}
