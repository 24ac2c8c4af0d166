package io.omnicart.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The demo store reads only: every valid write is a 403 demo_read_only problem, before any capability check. */
class DemoWritesApiTest extends ApiTestSupport {

    static Stream<Arguments> writes() {
        return Stream.of(
                Arguments.of(HttpMethod.POST, "/orders/order_1/complete", null),
                Arguments.of(HttpMethod.POST, "/orders/order_1/cancel", "{\"reason\":\"Customer changed their mind\"}"),
                Arguments.of(HttpMethod.POST, "/orders/order_1/cancel", null),
                Arguments.of(HttpMethod.POST, "/orders/order_1/archive", null),
                Arguments.of(
                        HttpMethod.POST,
                        "/orders/order_1/shipments",
                        "{\"carrier\":\"DHL\",\"trackingNumber\":\"JJD00999\",\"trackingUrl\":\"https://dhl.example/t/1\","
                                + "\"items\":[{\"lineItemId\":\"item_1\",\"quantity\":1}],\"notifyCustomer\":true}"),
                Arguments.of(HttpMethod.PUT, "/inventory", "{\"items\":[{\"sku\":\"NW-SKU-1\",\"quantity\":5}]}"),
                Arguments.of(HttpMethod.POST, "/collections", "{\"title\":\"Winter Sale\",\"handle\":\"winter-sale\"}"),
                Arguments.of(HttpMethod.PATCH, "/collections/pcol_1", "{\"title\":\"Winter Sale 2026\"}"),
                Arguments.of(HttpMethod.DELETE, "/collections/pcol_1", null),
                Arguments.of(HttpMethod.POST, "/collections/pcol_1/products", "{\"add\":[\"prod_1\"],\"remove\":[]}"),
                Arguments.of(
                        HttpMethod.POST,
                        "/draft-orders",
                        "{\"email\":\"jane@example.com\",\"currency\":\"EUR\","
                                + "\"items\":[{\"sku\":\"NW-SKU-1\",\"quantity\":2}]}"),
                Arguments.of(HttpMethod.DELETE, "/draft-orders/draft_1", null),
                Arguments.of(HttpMethod.POST, "/draft-orders/draft_1/convert", null));
    }

    @Test
    void theLargestValidInventorySyncIsReadAndThenRefused() {
        String items = IntStream.range(0, 1000)
                .mapToObj(i -> "{\"sku\":\"" + "S".repeat(95) + String.format("%05d", i) + "\",\"quantity\":1000000000,"
                        + "\"locationId\":\"" + "l".repeat(128) + "\"}")
                .collect(Collectors.joining(","));

        problem(
                client.put()
                        .uri(DEMO + "/inventory")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"items\":[" + items + "]}")
                        .exchange(),
                HttpStatus.FORBIDDEN,
                "demo_read_only");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writes")
    void everyWriteOnTheDemoStoreIsDemoReadOnly(HttpMethod method, String path, @Nullable String body) {
        WebTestClient.RequestBodySpec request =
                client.method(method).uri(DEMO + path).header("X-Request-Id", "req-42");
        WebTestClient.ResponseSpec response = body == null
                ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchange();

        response.expectHeader().valueEquals("X-Request-Id", "req-42");
        JsonNode problem = problem(response, HttpStatus.FORBIDDEN, "demo_read_only");
        assertThat(text(problem, "type")).isEqualTo("urn:omnicart:problem:demo_read_only");
        assertThat(text(problem, "requestId")).isEqualTo("req-42");
        assertThat(text(problem, "instance")).isEqualTo(DEMO + path);
        assertThat(text(problem, "platform")).isEqualTo("demo");
        assertThat(text(problem, "detail")).contains("read-only");
    }
}
