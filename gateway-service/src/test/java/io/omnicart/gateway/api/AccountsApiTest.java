package io.omnicart.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.support.TestTokens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

class AccountsApiTest extends ApiTestSupport {

    @Test
    void everyWorkspaceListsTheBuiltInDemoAccount() {
        JsonNode accounts = get("/v1/accounts");

        List<JsonNode> data = data(accounts);
        assertThat(data).hasSize(1);
        JsonNode demo = data.getFirst();
        assertThat(text(demo, "id")).isEqualTo("demo");
        assertThat(text(demo, "label")).isEqualTo("Demo Store");
        assertThat(text(demo, "platform")).isEqualTo("demo");
        assertThat(text(demo, "authMethod")).isEqualTo("none");
        assertThat(text(demo, "status")).isEqualTo("connected");
        assertThat(demo.path("store").path("name").asString()).isNotBlank();
        assertThat(demo.has("baseUrl")).isTrue();
        assertThat(demo.get("baseUrl").isNull()).isTrue();
        assertThat(text(demo, "createdAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void theDemoAccountCanBeReadByIdFromAnyWorkspace() {
        JsonNode demo = get(DEMO);
        JsonNode other = exchange(
                client.get()
                        .uri(DEMO)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce("another-workspace"))
                        .exchange(),
                HttpStatus.OK);

        assertThat(text(demo, "id")).isEqualTo("demo");
        assertThat(other.path("store").path("name").asString())
                .isEqualTo(demo.path("store").path("name").asString());
    }

    @Test
    void anUnknownAccountIsAccountNotFound() {
        JsonNode problem = problem(
                client.get().uri("/v1/accounts/acc_unknown").exchange(), HttpStatus.NOT_FOUND, "account_not_found");
        assertThat(text(problem, "detail")).contains("acc_unknown");

        problem(
                client.get().uri("/v1/accounts/acc_unknown/orders").exchange(),
                HttpStatus.NOT_FOUND,
                "account_not_found");
        problem(
                client.get().uri("/v1/accounts/acc_unknown/capabilities").exchange(),
                HttpStatus.NOT_FOUND,
                "account_not_found");
    }

    @Test
    void capabilitiesListEveryCapability() {
        JsonNode capabilities = get(DEMO + "/capabilities");

        assertThat(text(capabilities, "platform")).isEqualTo("demo");
        assertThat(capabilities.path("readOnly").asBoolean()).isTrue();
        JsonNode flags = capabilities.path("capabilities");
        assertThat(flags.propertyNames())
                .containsExactly(
                        "orders_read",
                        "order_complete",
                        "order_cancel",
                        "order_archive",
                        "order_ship",
                        "products_read",
                        "inventory_read",
                        "inventory_write",
                        "customers_read",
                        "collections_read",
                        "collections_write",
                        "collection_products_write",
                        "draft_orders_read",
                        "draft_orders_write",
                        "overview",
                        "settings",
                        "passthrough",
                        "events");
        flags.forEach(flag -> assertThat(flag.isBoolean()).isTrue());
        assertThat(flags.path("orders_read").asBoolean()).isTrue();
    }
}
