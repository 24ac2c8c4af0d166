package io.omnicart.gateway.passthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.testkit.simulator.Fault;
import io.omnicart.testkit.simulator.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/** The raw route with {@code omnicart.passthrough.allow-writes=true}: writes go through, bounded and never repeated. */
@TestPropertySource(properties = "omnicart.passthrough.allow-writes=true")
class PassthroughWritesApiTest extends PassthroughApiSupport {

    private static final String NEW_COLLECTION = "{\"title\":\"Raw collection\",\"handle\":\"raw-collection\"}";

    @Test
    void aWriteReachesTheStoreWithItsBodyAndTheAccountsCredentials() {
        String account = connectWithKey();

        JsonNode created = json(post(account, "/admin/collections", NEW_COLLECTION)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());

        String id = created.path("collection").path("id").asString();
        assertThat(created.path("collection").path("title").asString()).isEqualTo("Raw collection");
        RecordedRequest sent = upstream("/admin/collections").getFirst();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(json(sent.body()).path("handle").asString()).isEqualTo("raw-collection");
        assertThat(sent.authScheme()).isEqualTo("Basic");
        client.get()
                .uri("/v1/accounts/" + account + "/raw/admin/collections/" + id)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void theBodyAndItsContentTypeArriveUnchanged() {
        String account = accounts.add(workspace, recorder.baseUrl(), new Credentials.ApiKey(Secret.of("sk_w1")));

        client.put()
                .uri("/v1/accounts/" + account + "/raw/admin/things/1")
                .contentType(MediaType.parseMediaType("application/vnd.store+json"))
                .bodyValue("{\"a\":[1,2,3]}".getBytes(StandardCharsets.UTF_8))
                .exchange()
                .expectStatus()
                .isOk();

        RecordingStore.Received received = recorder.received().getFirst();
        assertThat(received.method()).isEqualTo("PUT");
        assertThat(received.body()).isEqualTo("{\"a\":[1,2,3]}");
        assertThat(received.headers().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/vnd.store+json");
    }

    @Test
    void aRejectedWriteIsNotSentAgain() {
        String account = connectWithKey();
        medusa.failNext(Fault.tokenExpired());

        JsonNode problem =
                problem(post(account, "/admin/collections", NEW_COLLECTION), HttpStatus.BAD_GATEWAY, "upstream_error");

        assertThat(problem.path("reason").asString()).isEqualTo("auth_rejected");
        assertThat(upstream("/admin/collections")).hasSize(1);
    }

    @Test
    void aWriteAnswered5xxIsNotRepeated() {
        String account = connectWithKey();
        medusa.failNext(Fault.serviceUnavailable());

        problem(
                post(account, "/admin/collections", NEW_COLLECTION),
                HttpStatus.SERVICE_UNAVAILABLE,
                "upstream_unavailable");

        assertThat(upstream("/admin/collections")).hasSize(1);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhetherDeclaredOrStreamed() {
        String account = accounts.add(workspace, recorder.baseUrl(), new Credentials.ApiKey(Secret.of("sk_w2")));
        byte[] large = new byte[9 * 1024];
        Arrays.fill(large, (byte) 'x');

        problem(
                client.post()
                        .uri("/v1/accounts/" + account + "/raw/admin/uploads")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .bodyValue(large)
                        .exchange(),
                HttpStatus.CONTENT_TOO_LARGE,
                "payload_too_large");
        Flux<DataBuffer> chunks =
                Flux.range(0, 9).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(Arrays.copyOf(large, 1024)));
        problem(
                client.post()
                        .uri("/v1/accounts/" + account + "/raw/admin/uploads")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .body(chunks, DataBuffer.class)
                        .exchange(),
                HttpStatus.CONTENT_TOO_LARGE,
                "payload_too_large");

        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void theDemoStoreRefusesRawWritesToo() {
        problem(post("demo", "/admin/collections", NEW_COLLECTION), HttpStatus.NOT_IMPLEMENTED, "not_supported");
    }

    @Test
    void methodsBeyondTheUsualWritesStayRefused() {
        String account = connectWithKey();

        WebTestClient.ResponseSpec response = client.method(HttpMethod.OPTIONS)
                .uri("/v1/accounts/" + account + "/raw/admin/collections")
                .exchange();

        response.expectHeader().valueEquals(HttpHeaders.ALLOW, "GET,HEAD,POST,PUT,PATCH,DELETE");
        problem(response, HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed");
        assertThat(medusa.requests()).isEmpty();
    }

    private WebTestClient.ResponseSpec post(String account, String path, String json) {
        return client.post()
                .uri("/v1/accounts/" + account + "/raw" + path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json.getBytes(StandardCharsets.UTF_8))
                .exchange();
    }
}
