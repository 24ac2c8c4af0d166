package io.omnicart.gateway.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.GatewayApplication;
import io.omnicart.gateway.support.TestTokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throws generated path segments, query strings and bodies at every operation of the served OpenAPI document
 * ({@code /v3/api-docs}) of a real gateway on a random port: no answer may be a 5xx, and every error is problem+json with
 * a stable {@code code}. {@value #TRIES} tries from one seed, so it runs in seconds within {@code ./mvnw verify}; a
 * failure names its seed and try, and {@code -Domnicart.fuzz.seed=<seed>} replays that run exactly.
 */
class ApiFuzzTest {

    private static final int TRIES = 600;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ConfigurableApplicationContext gateway;
    private static WebTestClient client;
    private static String base;
    private static List<ApiEndpoint> endpoints;

    @BeforeAll
    static void startGateway() {
        gateway = new SpringApplicationBuilder(GatewayApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run();
        String port = gateway.getEnvironment().getProperty("local.server.port");
        base = "http://127.0.0.1:" + port;
        client = WebTestClient.bindToServer()
                .baseUrl(base)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
        byte[] document = client.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        endpoints = ApiEndpoint.all(JSON.readTree(document));
    }

    @AfterAll
    static void stopGateway() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void noRequestIsAServerErrorAndEveryErrorIsAProblem() {
        long seed =
                Long.getLong("omnicart.fuzz.seed", ThreadLocalRandom.current().nextLong());
        FuzzValues values = new FuzzValues(new Random(seed));
        assertThat(endpoints).as("operations in /v3/api-docs").hasSizeGreaterThan(20);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            FuzzRequest request = request(values);
            check(request, "seed " + seed + ", try " + attempt + ": " + request);
        }
    }

    private static void check(FuzzRequest request, String what) {
        WebTestClient.RequestBodySpec spec = client.method(request.method())
                .uri(URI.create(base + request.uri()))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce("ws-" + UUID.randomUUID()));
        WebTestClient.RequestHeadersSpec<?> sent = request.body() == null
                ? spec
                : spec.header(HttpHeaders.CONTENT_TYPE, request.contentType()).bodyValue(request.body());
        // Not expectBody(): a successful change-feed subscription (text/event-stream) never ends.
        FluxExchangeResult<DataBuffer> result = sent.exchange().returnResult(DataBuffer.class);
        int status = result.getStatus().value();
        if (status < 400) {
            result.getResponseBody().take(Duration.ofMillis(1)).then().block(Duration.ofSeconds(30));
            return;
        }
        assertThat(result.getResponseHeaders().getContentType())
                .as("%s answered %s", what, status)
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = DataBufferUtils.join(result.getResponseBody())
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .block(Duration.ofSeconds(30));
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(problem.path("code").asString()).as(what).matches("[a-z][a-z0-9_]*");
        assertThat(status >= 500 && !isNotSupported(status, problem))
                .as("%s answered %s %s", what, status, problem)
                .isFalse();
    }

    /**
     * The one 5xx that is an answer, not a failure: 501 {@code not_supported}, the documented reply when the store's
     * platform lacks the capability (the demo store has no raw passthrough) — no input can change it.
     */
    private static boolean isNotSupported(int status, JsonNode problem) {
        return status == 501 && "not_supported".equals(problem.path("code").asString());
    }

    /** An operation (those with a body three times as often), its path, query, body and content type. */
    private static FuzzRequest request(FuzzValues values) {
        int[] weights =
                endpoints.stream().mapToInt(endpoint -> endpoint.body() ? 3 : 1).toArray();
        ApiEndpoint endpoint = endpoints.get(values.weighted(weights));
        String body = endpoint.body() && !values.chance(0.05) ? values.body(endpoint.bodyFields()) : null;
        String type = values.weighted(9, 1) == 0 ? MediaType.APPLICATION_JSON_VALUE : MediaType.TEXT_PLAIN_VALUE;
        return new FuzzRequest(endpoint.method(), path(endpoint, values) + query(endpoint, values), body, type);
    }

    private static String path(ApiEndpoint endpoint, FuzzValues values) {
        String path = endpoint.path();
        for (String name : endpoint.pathVariables()) {
            String segment = UriUtils.encodePathSegment(values.pathSegment(), StandardCharsets.UTF_8);
            path = path.replace("{" + name + "}", segment.isEmpty() ? "%20" : segment);
        }
        return path;
    }

    private static String query(ApiEndpoint endpoint, FuzzValues values) {
        List<String> names = new ArrayList<>(endpoint.queryParameters());
        names.add("unknownParameter");
        List<String> pairs = new ArrayList<>();
        for (int i = values.upTo(4); i > 0; i--) {
            pairs.add(values.pick(names) + "=" + UriUtils.encodeQueryParam(values.text(), StandardCharsets.UTF_8));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }
}
