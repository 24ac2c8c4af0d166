package io.omnicart.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The OpenAPI 3.1 description a frontend team generates its client from. */
class OpenApiDocumentTest extends ApiTestSupport {

    private static final String ACCOUNT = "/v1/accounts/{accountId}";

    /** Every path of docs/api.md except the passthrough (its own test) and the account writes (credential-service). */
    private static final Map<String, List<String>> SPEC_OPERATIONS = Map.ofEntries(
            Map.entry("/v1/accounts", List.of("get")),
            Map.entry(ACCOUNT, List.of("get")),
            Map.entry(ACCOUNT + "/capabilities", List.of("get")),
            Map.entry(ACCOUNT + "/orders", List.of("get")),
            Map.entry(ACCOUNT + "/orders/{orderId}", List.of("get")),
            Map.entry(ACCOUNT + "/orders/{orderId}/complete", List.of("post")),
            Map.entry(ACCOUNT + "/orders/{orderId}/cancel", List.of("post")),
            Map.entry(ACCOUNT + "/orders/{orderId}/archive", List.of("post")),
            Map.entry(ACCOUNT + "/orders/{orderId}/shipments", List.of("post")),
            Map.entry(ACCOUNT + "/products", List.of("get")),
            Map.entry(ACCOUNT + "/products/{productId}", List.of("get")),
            Map.entry(ACCOUNT + "/inventory", List.of("get", "put")),
            Map.entry(ACCOUNT + "/customers", List.of("get")),
            Map.entry(ACCOUNT + "/customers/{customerId}", List.of("get")),
            Map.entry(ACCOUNT + "/customers/{customerId}/orders", List.of("get")),
            Map.entry(ACCOUNT + "/collections", List.of("get", "post")),
            Map.entry(ACCOUNT + "/collections/{collectionId}", List.of("get", "patch", "delete")),
            Map.entry(ACCOUNT + "/collections/{collectionId}/products", List.of("get", "post")),
            Map.entry(ACCOUNT + "/draft-orders", List.of("get", "post")),
            Map.entry(ACCOUNT + "/draft-orders/{draftOrderId}", List.of("get", "delete")),
            Map.entry(ACCOUNT + "/draft-orders/{draftOrderId}/convert", List.of("post")),
            Map.entry(ACCOUNT + "/overview", List.of("get")),
            Map.entry(ACCOUNT + "/settings", List.of("get")));

    private JsonNode api;

    @BeforeEach
    void load() {
        api = exchange(client.get().uri("/v3/api-docs").exchange(), HttpStatus.OK);
    }

    @Test
    void theDocumentIsOpenApi31WithBearerJwtSecurity() {
        assertThat(text(api, "openapi")).startsWith("3.1");
        assertThat(text(api.path("info"), "title")).isEqualTo("OmniCart API");
        JsonNode scheme = api.path("components").path("securitySchemes").path("bearerAuth");
        assertThat(text(scheme, "type")).isEqualTo("http");
        assertThat(text(scheme, "scheme")).isEqualTo("bearer");
        assertThat(text(scheme, "bearerFormat")).isEqualTo("JWT");
        assertThat(api.path("security").get(0).has("bearerAuth")).isTrue();
    }

    @Test
    void lineItemPricesSayTheyAreBeforeTax() {
        JsonNode line = api.path("components").path("schemas").path("LineItem");

        assertThat(text(line, "description")).contains("before tax");
        assertThat(text(line.path("properties").path("unitPrice"), "description"))
                .contains("before tax and before discounts");
        assertThat(text(line.path("properties").path("total"), "description")).contains("before tax");
    }

    @Test
    void theDocumentAndSwaggerUiAreServedWithoutAToken() {
        WebTestClient anonymous = client.mutate()
                .defaultHeaders(h -> h.remove(HttpHeaders.AUTHORIZATION))
                .build();

        anonymous.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
        String location = anonymous
                .get()
                .uri("/swagger-ui.html")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getFirst(HttpHeaders.LOCATION);
        anonymous.get().uri(location).exchange().expectStatus().isOk();
    }

    @Test
    void everyPathOfTheSpecIsDocumented() {
        SPEC_OPERATIONS.forEach((path, methods) -> {
            assertThat(api.path("paths").has(path)).as(path).isTrue();
            methods.forEach(method -> assertThat(api.path("paths").path(path).has(method))
                    .as(method + " " + path)
                    .isTrue());
        });
    }

    @Test
    void theRawPassthroughRouteIsDocumented() {
        JsonNode raw = api.path("paths").path(ACCOUNT + "/raw/{path}");

        assertThat(raw.propertyNames()).containsExactlyInAnyOrder("get", "head", "post", "put", "patch", "delete");
        assertThat(text(raw.path("get").path("responses").path("404"), "$ref")).endsWith("/AccountNotFound");
        assertThat(raw.path("get").path("responses").has("405")).isTrue();
        assertThat(raw.path("post").path("responses").has("413")).isTrue();
        assertThat(raw.path("get").path("description").asString()).contains("allow-writes");
    }

    @Test
    void everyOperationHasAnIdATagDocumentedParametersAndErrorResponses() {
        for (JsonNode operation : operations()) {
            String id = text(operation, "operationId");
            assertThat(id).isNotBlank().doesNotContain("_");
            assertThat(operation.path("tags").size()).as(id).isPositive();
            assertThat(text(operation, "summary")).as(id).isNotBlank();
            operation.path("parameters").forEach(parameter -> {
                assertThat(text(parameter, "description"))
                        .as(id + " " + text(parameter, "name"))
                        .isNotBlank();
                assertThat(parameter.path("schema").has("type"))
                        .as(id + " " + text(parameter, "name"))
                        .isTrue();
            });
            JsonNode responses = operation.path("responses");
            assertThat(responses.has("401")).as(id).isTrue();
            assertThat(responses.has("403")).as(id).isTrue();
            assertThat(responses.has("429")).as(id).isTrue();
            if (operation.has("requestBody")) {
                assertThat(responses.has("413")).as(id).isTrue();
            }
        }
    }

    @Test
    void unreadableCredentialsAreDocumentedWhereAnAccountIsDecrypted() {
        JsonNode verify =
                api.path("paths").path(ACCOUNT + "/verify").path("post").path("responses");
        JsonNode orders =
                api.path("paths").path(ACCOUNT + "/orders").path("get").path("responses");
        JsonNode unavailable = api.path("components").path("responses").path("UpstreamUnavailable");

        assertThat(text(verify.path("503"), "$ref")).endsWith("/CredentialsUnreadable");
        assertThat(text(
                        api.path("paths")
                                .path(ACCOUNT + "/collections")
                                .path("post")
                                .path("responses")
                                .path("413"),
                        "$ref"))
                .endsWith("/PayloadTooLarge");
        assertThat(text(orders.path("503"), "$ref")).endsWith("/UpstreamUnavailable");
        assertThat(unavailable
                        .path("content")
                        .path("application/problem+json")
                        .path("examples")
                        .has("credentials_unreadable"))
                .isTrue();
        assertThat(api.path("components")
                        .path("schemas")
                        .path("Account")
                        .path("properties")
                        .has("statusReason"))
                .isTrue();
    }

    @Test
    void listParametersCarryTheirConstraints() {
        JsonNode parameters =
                api.path("paths").path(ACCOUNT + "/orders").path("get").path("parameters");
        JsonNode limit = parameter(parameters, "limit").path("schema");
        JsonNode status = parameter(parameters, "status").path("schema");
        JsonNode sort = parameter(parameters, "sort").path("schema");

        assertThat(text(limit, "type")).isEqualTo("integer");
        assertThat(limit.path("minimum").asInt()).isEqualTo(1);
        assertThat(limit.path("maximum").asInt()).isEqualTo(100);
        assertThat(limit.path("default").asInt()).isEqualTo(25);
        assertThat(strings(status.path("items").path("enum")))
                .containsExactly("pending", "completed", "cancelled", "archived", "draft", "requires_action");
        assertThat(strings(sort.path("enum"))).contains("-createdAt", "total");
        assertThat(text(parameter(parameters, "createdFrom").path("schema"), "format"))
                .isEqualTo("date-time");
    }

    @Test
    void errorsAreProblemsPerOperation() {
        JsonNode listOrders =
                api.path("paths").path(ACCOUNT + "/orders").path("get").path("responses");
        JsonNode cancel = api.path("paths")
                .path(ACCOUNT + "/orders/{orderId}/cancel")
                .path("post")
                .path("responses");
        JsonNode responses = api.path("components").path("responses");

        assertThat(text(listOrders.path("400"), "$ref")).endsWith("/ListValidationFailed");
        assertThat(text(listOrders.path("501"), "$ref")).endsWith("/NotSupported");
        assertThat(text(cancel.path("403"), "$ref")).endsWith("/ForbiddenWrite");
        assertThat(text(cancel.path("409"), "$ref")).endsWith("/InvalidState");
        JsonNode forbiddenWrite =
                responses.path("ForbiddenWrite").path("content").path("application/problem+json");
        assertThat(text(forbiddenWrite.path("schema"), "$ref")).endsWith("/Problem");
        assertThat(forbiddenWrite.path("examples").propertyNames()).contains("demo_read_only", "bundle_required");
        JsonNode problem = schema("Problem").path("properties");
        assertThat(problem.propertyNames())
                .contains(
                        "type",
                        "title",
                        "status",
                        "detail",
                        "instance",
                        "code",
                        "requestId",
                        "errors",
                        "reason",
                        "platform",
                        "upstreamStatus",
                        "retryAfterSeconds");
    }

    @Test
    void createdAndDeletedResourcesAnswer201And204() {
        JsonNode create =
                api.path("paths").path(ACCOUNT + "/collections").path("post").path("responses");
        JsonNode delete = api.path("paths")
                .path(ACCOUNT + "/collections/{collectionId}")
                .path("delete")
                .path("responses");

        assertThat(create.has("201")).isTrue();
        assertThat(create.has("200")).isFalse();
        assertThat(create.path("201").path("headers").has("Location")).isTrue();
        assertThat(delete.has("204")).isTrue();
        assertThat(delete.has("200")).isFalse();
    }

    @Test
    void schemasDescribeTheWireFormat() {
        assertThat(text(schema("Money").path("properties").path("amount"), "type"))
                .isEqualTo("string");
        assertThat(schema("CurrencySetting").path("properties").propertyNames())
                .containsExactlyInAnyOrder("code", "default");
        assertThat(strings(schema("OrderStatus").path("enum")))
                .containsExactly("pending", "completed", "cancelled", "archived", "draft", "requires_action");
        assertThat(strings(schema("FulfillmentStatus").path("enum"))).contains("partially_shipped");
        assertThat(text(schema("Order").path("properties").path("createdAt"), "format"))
                .isEqualTo("date-time");
        assertThat(text(schema("Order").path("properties").path("currency"), "type"))
                .isEqualTo("string");
        assertThat(strings(schema("Order").path("required"))).contains("id", "cancelReason", "timeline");
        assertThat(strings(
                        schema("Order").path("properties").path("cancelReason").path("type")))
                .containsExactlyInAnyOrder("string", "null");
        assertThat(schema("OrderSummaryPage").path("properties").propertyNames())
                .containsExactly("data", "page");
        assertThat(schema("Capabilities").path("properties").propertyNames()).contains("orders_read", "passthrough");
    }

    @Test
    void everyEnumInTheDocumentIsLowerCase() {
        List<String> values = new ArrayList<>();
        collectEnums(api.path("components").path("schemas"), values);
        collectEnums(api.path("paths"), values);

        assertThat(values).isNotEmpty().allSatisfy(value -> assertThat(value).isEqualTo(value.toLowerCase()));
    }

    private JsonNode schema(String name) {
        JsonNode schema = api.path("components").path("schemas").path(name);
        assertThat(schema.isMissingNode()).as(name).isFalse();
        return schema;
    }

    private List<JsonNode> operations() {
        List<JsonNode> operations = new ArrayList<>();
        api.path("paths").forEach(path -> path.forEach(operations::add));
        return operations;
    }

    private static JsonNode parameter(JsonNode parameters, String name) {
        for (JsonNode parameter : parameters) {
            if (name.equals(text(parameter, "name"))) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** Enum values of schemas, except sort values, which are camelCase field names. */
    private static void collectEnums(JsonNode node, List<String> values) {
        if (node.isObject()) {
            if (node.has("enum") && !strings(node.path("enum")).contains("-createdAt")) {
                values.addAll(strings(node.path("enum")));
            }
            node.forEach(child -> collectEnums(child, values));
        } else if (node.isArray()) {
            node.forEach(child -> collectEnums(child, values));
        }
    }
}
