package io.omnicart.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.omnicart.gateway.cache.CacheApiSupport;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end: a receiver on loopback checks every signature, a receiver that fails three times still gets
 * the event, a dead one leaves a dead letter that redelivers once it is back, and private addresses are refused.
 */
@TestPropertySource(
        properties = {
            "omnicart.events.enabled=true",
            "omnicart.events.tick=100ms",
            "omnicart.events.poll-interval=300ms",
            "omnicart.events.baseline-window=3650d",
            "omnicart.webhooks.initial-backoff=100ms",
            "omnicart.webhooks.max-backoff=200ms",
            "omnicart.webhooks.give-up-after=2s",
            "omnicart.webhooks.registry-cache-ttl=0s"
        })
class WebhookApiTest extends CacheApiSupport {

    private record Received(String eventId, String signature, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private DisposableServer receiver;

    @Autowired
    MeterRegistry registry;

    @BeforeEach
    void startReceiver() {
        receiver = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle((request, response) -> request.receive()
                        .aggregate()
                        .asString()
                        .flatMap(body -> {
                            if (failuresLeft.getAndDecrement() > 0) {
                                return response.status(500).send().then();
                            }
                            received.add(new Received(
                                    request.requestHeaders().get("X-OmniCart-Event-Id"),
                                    request.requestHeaders().get("X-OmniCart-Signature"),
                                    body));
                            return response.status(204).send().then();
                        }))
                .bindNow();
    }

    @AfterEach
    void stopReceiver() {
        receiver.disposeNow();
    }

    @Test
    void aReceiverThatFailsThreeTimesStillGetsEveryEventSigned() {
        String secret = create(List.of("order.updated")).path("secret").asString();
        failuresLeft.set(3);
        String order = pendingOrder();
        FeedTestSupport.awaitNextPoll(registry);

        FeedTestSupport.completeInTheStore(medusa, order);

        FeedTestSupport.await(() -> !received.isEmpty(), "the event was delivered");
        Received delivery = received.getFirst();
        JsonNode event = json(delivery.body());
        assertThat(event.path("type").asString()).isEqualTo("order.updated");
        assertThat(event.path("resource").path("id").asString()).isEqualTo(order);
        assertThat(delivery.eventId()).isEqualTo(event.path("id").asString());
        long t = Long.parseLong(delivery.signature().replaceFirst("^t=(\\d+),v1=.*$", "$1"));
        assertThat(delivery.signature()).isEqualTo(WebhookSignature.header(secret, t, delivery.body()));
        assertThat(failuresLeft.get()).as("three refusals came first").isNegative();
    }

    @Test
    void aDeadReceiverLeavesADeadLetterThatRedeliversOnceItIsBack() {
        String id = create(List.of()).path("id").asString();
        failuresLeft.set(1_000);
        String order = pendingOrder();
        FeedTestSupport.awaitNextPoll(registry);
        FeedTestSupport.completeInTheStore(medusa, order);

        FeedTestSupport.await(() -> failures(id).size() > 0, "the event was dead-lettered");
        JsonNode failure = failures(id).get(0);
        assertThat(failure.path("attempts").asInt()).isGreaterThan(1);
        failuresLeft.set(0);

        client.post()
                .uri("/v1/webhooks/" + id + "/failures/"
                        + failure.path("eventId").asString() + "/redeliver")
                .exchange()
                .expectStatus()
                .isNoContent();

        assertThat(received)
                .extracting(Received::eventId)
                .containsExactly(failure.path("eventId").asString());
        assertThat(failures(id)).isEmpty();
    }

    @Test
    void privateAndMetadataAddressesAreRefusedAndSecretsAreShownOnce() {
        for (String url : List.of("https://10.0.0.7/hook", "http://169.254.169.254/latest", "https://metadata/x")) {
            JsonNode problem = json(client.post()
                    .uri("/v1/webhooks")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"url\":\"" + url + "\"}")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody());
            assertThat(problem.path("code").asString()).as(url).isEqualTo("base_url_forbidden");
        }
        JsonNode created = create(List.of("order.created"));
        assertThat(created.path("secret").asString()).startsWith("whsec_");
        String listed = client.get()
                .uri("/v1/webhooks")
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(listed)
                .contains(created.path("id").asString())
                .doesNotContain(created.path("secret").asString());
        as("ws-other-" + workspace)
                .get()
                .uri("/v1/webhooks/" + created.path("id").asString())
                .exchange()
                .expectStatus()
                .isNotFound();
        client.post()
                .uri("/v1/webhooks")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"url\":\"https://hooks.example.com/x\",\"types\":[\"order.exploded\"]}")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    private JsonNode create(List<String> types) {
        String typeList = types.isEmpty() ? "" : ",\"types\":[\"" + String.join("\",\"", types) + "\"]";
        return json(client.post()
                .uri("/v1/webhooks")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"url\":\"http://127.0.0.1:" + receiver.port() + "/hook\"" + typeList + "}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    private JsonNode failures(String id) {
        return json(client.get()
                .uri("/v1/webhooks/" + id + "/failures")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }
}
