package io.omnicart.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.api.validation.Checks;
import java.util.List;
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

/** Every parameter and body rule: a 400 validation_failed naming the field, checked before the store is involved. */
class ValidationApiTest extends ApiTestSupport {

    private static final String LONG_201 = "x".repeat(201);

    static Stream<Arguments> invalidParameters() {
        return Stream.of(
                bad("/orders?limit=0", "limit"),
                bad("/orders?limit=101", "limit"),
                bad("/orders?limit=ten", "limit"),
                bad("/orders?status=shipped", "status"),
                bad("/orders?status=pending&status=bogus", "status"),
                bad("/orders?createdFrom=yesterday", "createdFrom"),
                bad("/orders?createdTo=2026-13-01", "createdTo"),
                bad("/orders?updatedSince=2026-11-01T10:00:00", "updatedSince"),
                bad("/orders?createdFrom=2026-11-10&createdTo=2026-11-01", "createdTo"),
                bad("/orders?sort=price", "sort"),
                bad("/orders?q=" + LONG_201, "q"),
                bad("/orders/bad*id", "orderId"),
                bad("/orders/" + "o".repeat(129), "orderId"),
                bad("/products?status=sold", "status"),
                bad("/products?collectionId=bad*id", "collectionId"),
                bad("/products?q=" + LONG_201, "q"),
                bad("/products/bad*id", "productId"),
                bad("/customers?q=" + LONG_201, "q"),
                bad("/customers?limit=-1", "limit"),
                bad("/customers/bad*id/orders?limit=500", "customerId", "limit"),
                bad("/collections?limit=1000", "limit"),
                bad("/collections/bad*id/products", "collectionId"),
                bad("/draft-orders?limit=0", "limit"),
                bad("/draft-orders/bad*id", "draftOrderId"),
                bad("/overview?window=0d", "window"),
                bad("/overview?window=366d", "window"),
                bad("/overview?window=30", "window"),
                bad("/overview?window=1000d", "window"),
                bad("/inventory", "sku"),
                bad(
                        "/inventory?sku="
                                + IntStream.range(0, 101).mapToObj(i -> "S" + i).collect(Collectors.joining(",")),
                        "sku"),
                bad("/inventory?sku=" + "s".repeat(101), "sku"),
                bad("/orders?limit=0&sort=x&createdFrom=x", "limit", "sort", "createdFrom"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidParameters")
    void invalidParametersNameTheField(String path, List<String> fields) {
        JsonNode problem =
                problem(client.get().uri(DEMO + path).exchange(), HttpStatus.BAD_REQUEST, "validation_failed");

        assertThat(fields(problem)).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(text(problem, "detail")).contains(fields.getFirst());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "{\"platform\":\"shopify\"}|platform|medusa, omnium, opencart",
                "{\"platform\":\"shopify\",\"baseUrl\":\"https://shop.example\",\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"sk_1\"}}|platform|medusa, omnium, opencart",
                "{\"platform\":\"demo\",\"baseUrl\":\"https://shop.example\",\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"sk_1\"}}|platform|medusa, omnium, opencart",
                "{\"platform\":\"medusa\",\"baseUrl\":\"https://shop.example\",\"credentials\":{\"type\":\"magic\"}}|credentials.type|api_key, email_password, client_credentials, api_user"
            })
    void anUnknownEnumValueInABodyIsAValidationErrorNamingTheFieldAndTheAllowedValues(
            String body, String field, String allowed) {
        JsonNode problem = problem(
                client.post()
                        .uri("/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchange(),
                HttpStatus.BAD_REQUEST,
                "validation_failed");

        JsonNode error = problem.path("errors")
                .valueStream()
                .filter(e -> field.equals(e.path("field").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(problem.toString()));
        assertThat(error.path("message").asString()).contains(allowed);
    }

    @Test
    void atMostOneHundredErrorsAreReported() {
        String items = IntStream.range(0, 150)
                .mapToObj(i -> "{\"sku\":\"\",\"quantity\":-1}")
                .collect(Collectors.joining(","));

        JsonNode problem = problem(
                client.put()
                        .uri(DEMO + "/inventory")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"items\":[" + items + "]}")
                        .exchange(),
                HttpStatus.BAD_REQUEST,
                "validation_failed");

        assertThat(fields(problem)).hasSize(Checks.MAX_ERRORS);
    }

    @Test
    void anInvalidAccountIdIsAValidationError() {
        JsonNode problem = problem(
                client.get().uri("/v1/accounts/bad*id/orders?limit=0").exchange(),
                HttpStatus.BAD_REQUEST,
                "validation_failed");

        assertThat(fields(problem)).containsExactlyInAnyOrder("accountId", "limit");
    }

    static Stream<Arguments> invalidBodies() {
        String shipment = "\"carrier\":\"DHL\",\"trackingNumber\":\"JJD1\"";
        String draft = "\"email\":\"jane@example.com\",\"currency\":\"EUR\"";
        String item = "{\"sku\":\"NW-1\",\"quantity\":1}";
        return Stream.of(
                body(HttpMethod.POST, "/orders/o1/cancel", "{\"reason\":\"" + "r".repeat(501) + "\"}", "reason"),
                body(HttpMethod.POST, "/orders/o1/shipments", "{}", "carrier", "trackingNumber"),
                body(
                        HttpMethod.POST,
                        "/orders/o1/shipments",
                        "{\"carrier\":\"" + "c".repeat(101) + "\",\"trackingNumber\":\" \"}",
                        "carrier",
                        "trackingNumber"),
                body(
                        HttpMethod.POST,
                        "/orders/o1/shipments",
                        "{" + shipment + ",\"trackingUrl\":\"http://dhl.example/t\"}",
                        "trackingUrl"),
                body(
                        HttpMethod.POST,
                        "/orders/o1/shipments",
                        "{" + shipment + ",\"trackingUrl\":\"/track/1\"}",
                        "trackingUrl"),
                body(
                        HttpMethod.POST,
                        "/orders/o1/shipments",
                        "{" + shipment + ",\"items\":[{\"lineItemId\":\"li_1\",\"quantity\":0},{\"quantity\":1}]}",
                        "items[0].quantity",
                        "items[1].lineItemId"),
                body(
                        HttpMethod.POST,
                        "/orders/o1/shipments",
                        "{" + shipment + ",\"notifyCustomer\":\"yes\"}",
                        "notifyCustomer"),
                body(
                        HttpMethod.POST,
                        "/orders/o1/shipments",
                        "{" + shipment + ",\"notifyCustomer\":1}",
                        "notifyCustomer"),
                body(HttpMethod.POST, "/orders/bad*id/shipments", "{" + shipment + "}", "orderId"),
                body(HttpMethod.PUT, "/inventory", "{}", "items"),
                body(HttpMethod.PUT, "/inventory", "{\"items\":[]}", "items"),
                body(HttpMethod.PUT, "/inventory", "{\"items\":[{\"sku\":\" \",\"quantity\":1}]}", "items[0].sku"),
                body(
                        HttpMethod.PUT,
                        "/inventory",
                        "{\"items\":[{\"sku\":\"" + "s".repeat(101) + "\",\"quantity\":1}]}",
                        "items[0].sku"),
                body(
                        HttpMethod.PUT,
                        "/inventory",
                        "{\"items\":[{\"sku\":\"NW-1\",\"quantity\":-1}]}",
                        "items[0].quantity"),
                body(
                        HttpMethod.PUT,
                        "/inventory",
                        "{\"items\":[{\"sku\":\"NW-1\",\"quantity\":1000000001}]}",
                        "items[0].quantity"),
                body(
                        HttpMethod.PUT,
                        "/inventory",
                        "{\"items\":[{\"sku\":\"NW-1\",\"quantity\":2.5}]}",
                        "items[0].quantity"),
                body(HttpMethod.PUT, "/inventory", "{\"items\":[{\"sku\":\"NW-1\"}]}", "items[0].quantity"),
                body(HttpMethod.PUT, "/inventory", "{\"items\":[" + item + "," + item + "]}", "items[1].sku"),
                body(
                        HttpMethod.PUT,
                        "/inventory",
                        "{\"items\":[{\"sku\":\"NW-1\",\"quantity\":1,\"locationId\":\"x y\"}]}",
                        "items[0].locationId"),
                body(
                        HttpMethod.PUT,
                        "/inventory",
                        "{\"items\":["
                                + IntStream.range(0, 1001)
                                        .mapToObj(i -> "{\"sku\":\"NW-" + i + "\",\"quantity\":1}")
                                        .collect(Collectors.joining(","))
                                + "]}",
                        "items"),
                body(HttpMethod.PUT, "/inventory", "{\"items\":\"NW-1\"}", "items"),
                body(HttpMethod.POST, "/collections", "{}", "title"),
                body(HttpMethod.POST, "/collections", "{\"title\":\"" + "t".repeat(256) + "\"}", "title"),
                body(HttpMethod.POST, "/collections", "{\"title\":\"Sale\",\"handle\":\"Summer Sale\"}", "handle"),
                body(HttpMethod.POST, "/collections", "{\"title\":\"Sale\",\"handle\":\"summer--sale\"}", "handle"),
                body(HttpMethod.PATCH, "/collections/c1", "{}", "body"),
                body(HttpMethod.PATCH, "/collections/c1", "{\"title\":\"  \"}", "title"),
                body(HttpMethod.PATCH, "/collections/c1", "{\"handle\":\"-sale\"}", "handle"),
                body(HttpMethod.POST, "/collections/c1/products", "{}", "body"),
                body(HttpMethod.POST, "/collections/c1/products", "{\"add\":[],\"remove\":[]}", "body"),
                body(
                        HttpMethod.POST,
                        "/collections/c1/products",
                        "{\"add\":[\"bad*id\"],\"remove\":[\"p1\",null]}",
                        "add[0]",
                        "remove[1]"),
                body(
                        HttpMethod.POST,
                        "/collections/c1/products",
                        "{\"add\":[" + String.join(",", java.util.Collections.nCopies(501, "\"p1\"")) + "]}",
                        "add"),
                body(HttpMethod.POST, "/draft-orders", "{\"currency\":\"EUR\",\"items\":[" + item + "]}", "email"),
                body(
                        HttpMethod.POST,
                        "/draft-orders",
                        "{" + draft + ",\"customerId\":\"cus_1\",\"items\":[" + item + "]}",
                        "email"),
                body(
                        HttpMethod.POST,
                        "/draft-orders",
                        "{\"email\":\"jane@example.com\",\"items\":[" + item + "]}",
                        "currency"),
                body(
                        HttpMethod.POST,
                        "/draft-orders",
                        "{" + draft + ",\"regionId\":\"reg_1\",\"items\":[" + item + "]}",
                        "currency"),
                body(
                        HttpMethod.POST,
                        "/draft-orders",
                        "{\"email\":\"jane@example.com\",\"currency\":\"eur\",\"items\":[" + item + "]}",
                        "currency"),
                body(
                        HttpMethod.POST,
                        "/draft-orders",
                        "{\"email\":\"jane@example.com\",\"currency\":\"XYZ\",\"items\":[" + item + "]}",
                        "currency"),
                body(
                        HttpMethod.POST,
                        "/draft-orders",
                        "{\"email\":\"not-an-email\",\"currency\":\"EUR\",\"items\":[" + item + "]}",
                        "email"),
                body(HttpMethod.POST, "/draft-orders", "{" + draft + ",\"items\":[]}", "items"),
                body(HttpMethod.POST, "/draft-orders", "{" + draft + "}", "items"),
                body(
                        HttpMethod.POST,
                        "/draft-orders",
                        "{" + draft
                                + ",\"items\":[{\"variantId\":\"v1\",\"sku\":\"NW-1\",\"quantity\":1},{\"quantity\":1}]}",
                        "items[0]",
                        "items[1]"),
                body(
                        HttpMethod.POST,
                        "/draft-orders",
                        "{" + draft + ",\"items\":[{\"sku\":\"NW-1\",\"quantity\":10001}]}",
                        "items[0].quantity"),
                body(
                        HttpMethod.POST,
                        "/draft-orders",
                        "{" + draft + ",\"items\":[{\"sku\":\"NW-1\",\"quantity\":0}]}",
                        "items[0].quantity"),
                body(
                        HttpMethod.POST,
                        "/draft-orders",
                        "{" + draft + ",\"items\":[" + String.join(",", java.util.Collections.nCopies(101, item))
                                + "]}",
                        "items"),
                body(HttpMethod.POST, "/draft-orders", "{\"email\": \"jane@example.com\",", "body"),
                body(HttpMethod.POST, "/orders/o1/shipments", null, "body"),
                body(HttpMethod.PUT, "/inventory", "[1, 2]", "body"));
    }

    @ParameterizedTest(name = "{0} {1} → {3}")
    @MethodSource("invalidBodies")
    void invalidBodiesNameTheField(HttpMethod method, String path, @Nullable String body, List<String> fields) {
        WebTestClient.RequestBodySpec request =
                client.method(method).uri(DEMO + path).contentType(MediaType.APPLICATION_JSON);
        WebTestClient.ResponseSpec response =
                body == null ? request.exchange() : request.bodyValue(body).exchange();

        JsonNode problem = problem(response, HttpStatus.BAD_REQUEST, "validation_failed");

        assertThat(fields(problem)).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(text(problem, "requestId")).isNotBlank();
    }

    private static Arguments bad(String path, String... fields) {
        return Arguments.of(path, List.of(fields));
    }

    private static Arguments body(HttpMethod method, String path, @Nullable String body, String... fields) {
        return Arguments.of(method, path, body, List.of(fields));
    }
}
