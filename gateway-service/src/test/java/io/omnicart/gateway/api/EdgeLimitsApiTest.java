package io.omnicart.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * What the server's edge refuses for size, on a real server: every 413 is {@code payload_too_large}, a too-long URL
 * 414 {@code uri_too_long}, too-large headers 431 {@code headers_too_large} — all problem+json.
 */
class EdgeLimitsApiTest extends ApiTestSupport {

    private static final String OVER_ONE_MEGABYTE = "\"" + "x".repeat(1024 * 1024 + 1024) + "\"";

    static Stream<Arguments> bodyRoutes() {
        return Stream.of(
                Arguments.of(
                        HttpMethod.POST,
                        "/v1/accounts",
                        "{\"platform\":\"medusa\",\"label\":" + OVER_ONE_MEGABYTE + "}"),
                Arguments.of(HttpMethod.PATCH, DEMO, "{\"label\":" + OVER_ONE_MEGABYTE + "}"),
                Arguments.of(HttpMethod.POST, DEMO + "/orders/o1/cancel", "{\"reason\":" + OVER_ONE_MEGABYTE + "}"),
                Arguments.of(HttpMethod.PUT, DEMO + "/inventory", "{\"items\":[" + OVER_ONE_MEGABYTE + "]}"),
                Arguments.of(HttpMethod.POST, DEMO + "/collections", "{\"title\":" + OVER_ONE_MEGABYTE + "}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bodyRoutes")
    void everyOversizedBodyIsPayloadTooLarge(HttpMethod method, String path, String body) {
        problem(
                client.method(method)
                        .uri(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchange(),
                HttpStatus.CONTENT_TOO_LARGE,
                "payload_too_large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/accounts/demo/orders", "/v3/api-docs", "/nowhere"})
    void aTooLongUrlIsUriTooLong(String path) {
        JsonNode problem = problem(
                client.get().uri(path + "?q=" + "a".repeat(10_000)).exchange(),
                HttpStatus.URI_TOO_LONG,
                "uri_too_long");
        assertThat(problem.path("requestId").asString()).isNotBlank();
        assertThat(problem.path("type").asString()).isEqualTo("urn:omnicart:problem:uri_too_long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/accounts/demo/orders", "/actuator/health"})
    void tooLargeHeadersAreHeadersTooLarge(String path) {
        problem(
                client.get().uri(path).header("X-Padding", "p".repeat(20_000)).exchange(),
                HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                "headers_too_large");
    }
}
