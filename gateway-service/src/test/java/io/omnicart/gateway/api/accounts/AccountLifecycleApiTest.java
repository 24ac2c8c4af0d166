package io.omnicart.gateway.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.medusa.MedusaVerificationStub;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

class AccountLifecycleApiTest extends AccountsApiSupport {

    @Test
    void connectListGetRenameRotateVerifyRemove() {
        var created = post(client, "/v1/accounts", connectBody(store.baseUrl() + "/", KEY, null));
        created.expectHeader().valueMatches("Location", "/v1/accounts/acc_[0-9a-f]{24}");
        JsonNode account = body(created, HttpStatus.CREATED);
        String id = account.path("id").asString();
        String path = "/v1/accounts/" + id;
        assertThat(account.path("platform").asString()).isEqualTo("medusa");
        assertThat(account.path("label").asString()).isEqualTo("Gateway Test Store");
        assertThat(account.path("baseUrl").asString()).isEqualTo(store.baseUrl());
        assertThat(account.path("authMethod").asString()).isEqualTo("api_key");
        assertThat(account.path("status").asString()).isEqualTo("connected");
        assertThat(account.path("store").path("name").asString()).isEqualTo("Gateway Test Store");
        assertThat(account.path("lastVerifiedAt").asString()).endsWith("Z");
        assertThat(account.path("statusReason").isNull()).isTrue();
        assertThat(account.propertyNames())
                .doesNotContain("credentials", "apiKey")
                .hasSize(10);
        assertThat(account.toString()).doesNotContain(KEY);

        List<String> ids = new ArrayList<>();
        body(client.get().uri("/v1/accounts").exchange(), HttpStatus.OK)
                .path("data")
                .forEach(a -> ids.add(a.path("id").asString()));
        assertThat(ids).containsExactly("demo", id);
        assertThat(body(client.get().uri(path).exchange(), HttpStatus.OK)).isEqualTo(account);

        JsonNode renamed = body(patch(client, path, "{\"label\":\"  Production  \"}"), HttpStatus.OK);
        assertThat(renamed.path("label").asString()).isEqualTo("Production");

        store.acceptApiKey("sk_rotated_0002");
        String rotate = "{\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"sk_rotated_0002\"}}";
        assertThat(body(patch(client, path, rotate), HttpStatus.OK)
                        .path("label")
                        .asString())
                .isEqualTo("Production");
        String login = "{\"credentials\":{\"type\":\"email_password\",\"email\":\"ops@example.com\",\"password\":\""
                + PASSWORD + "\"}}";
        assertThat(body(patch(client, path, login), HttpStatus.OK)
                        .path("authMethod")
                        .asString())
                .isEqualTo("email_password");

        JsonNode verified = body(client.post().uri(path + "/verify").exchange(), HttpStatus.OK);
        assertThat(verified.path("status").asString()).isEqualTo("connected");
        assertThat(verified.path("lastVerifiedAt").asString())
                .isGreaterThanOrEqualTo(renamed.path("lastVerifiedAt").asString());

        client.delete().uri(path).exchange().expectStatus().isNoContent();
        problem(client.get().uri(path).exchange(), HttpStatus.NOT_FOUND, "account_not_found");
        problem(client.delete().uri(path).exchange(), HttpStatus.NOT_FOUND, "account_not_found");
    }

    @Test
    void aFailingStoreIsRecordedByVerify() {
        String path = "/v1/accounts/" + connect("Soon failing").path("id").asString();
        store.acceptApiKey("sk_revoked_elsewhere");
        JsonNode problem = problem(
                client.post().uri(path + "/verify").exchange(), HttpStatus.UNPROCESSABLE_CONTENT, "connection_failed");
        assertThat(problem.path("reason").asString()).isEqualTo("auth_rejected");
        assertThat(body(client.get().uri(path).exchange(), HttpStatus.OK)
                        .path("status")
                        .asString())
                .isEqualTo("failing");
    }

    @Test
    void bodiesAreValidatedPerPlatformNamingTheFields() {
        JsonNode empty = problem(post(client, "/v1/accounts", "{}"), HttpStatus.BAD_REQUEST, "validation_failed");
        assertThat(fields(empty)).contains("platform", "baseUrl", "credentials");
        JsonNode demo = problem(
                post(
                        client,
                        "/v1/accounts",
                        "{\"platform\":\"demo\",\"baseUrl\":\"https://x.example\","
                                + "\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"sk_1\"}}"),
                HttpStatus.BAD_REQUEST,
                "validation_failed");
        assertThat(fields(demo)).containsExactly("platform");
        JsonNode type = problem(
                post(
                        client,
                        "/v1/accounts",
                        "{\"platform\":\"medusa\",\"baseUrl\":\"https://x.example\","
                                + "\"credentials\":{\"type\":\"password\"}}"),
                HttpStatus.BAD_REQUEST,
                "validation_failed");
        assertThat(fields(type)).containsExactly("credentials.type");
        JsonNode missing = problem(
                post(
                        client,
                        "/v1/accounts",
                        "{\"platform\":\"omnium\",\"baseUrl\":\"https://x.example\","
                                + "\"credentials\":{\"type\":\"client_credentials\",\"clientId\":\"c\"}}"),
                HttpStatus.BAD_REQUEST,
                "validation_failed");
        assertThat(fields(missing)).containsExactly("credentials.clientSecret");
        JsonNode mismatch = problem(
                post(
                        client,
                        "/v1/accounts",
                        "{\"platform\":\"opencart\",\"baseUrl\":\"https://x.example\","
                                + "\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"sk_1\"}}"),
                HttpStatus.BAD_REQUEST,
                "validation_failed");
        assertThat(fields(mismatch)).containsExactly("credentials.type");
        JsonNode prefix = problem(
                post(client, "/v1/accounts", connectBody(store.baseUrl(), "pk_publishable", null)),
                HttpStatus.BAD_REQUEST,
                "validation_failed");
        assertThat(fields(prefix)).containsExactly("credentials.apiKey");
        JsonNode label = problem(
                post(client, "/v1/accounts", connectBody(store.baseUrl(), KEY, "x".repeat(101))),
                HttpStatus.BAD_REQUEST,
                "validation_failed");
        assertThat(fields(label)).containsExactly("label");
        problem(patch(client, "/v1/accounts/acc_x", "{}"), HttpStatus.BAD_REQUEST, "validation_failed");
    }

    @Test
    void connectionFailuresAre422WithAReasonAndStoreNothing() {
        JsonNode admin = problem(
                post(client, "/v1/accounts", connectBody(store.baseUrl() + "/admin", KEY, null)),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "connection_failed");
        assertThat(admin.path("reason").asString()).isEqualTo("base_url_invalid");
        assertThat(admin.path("detail").asString()).isEqualTo("Do not include /admin at the end");
        JsonNode metadata = problem(
                post(client, "/v1/accounts", connectBody("https://169.254.169.254", KEY, null)),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "connection_failed");
        assertThat(metadata.path("reason").asString()).isEqualTo("base_url_forbidden");
        JsonNode rejected = problem(
                post(client, "/v1/accounts", connectBody(store.baseUrl(), "sk_wrong", null)),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "connection_failed");
        assertThat(rejected.path("reason").asString()).isEqualTo("auth_rejected");
        store.mode(MedusaVerificationStub.Mode.HTML);
        JsonNode html = problem(
                post(client, "/v1/accounts", connectBody(store.baseUrl(), KEY, null)),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "connection_failed");
        assertThat(html.path("reason").asString()).isEqualTo("not_medusa");
        JsonNode down = problem(
                post(client, "/v1/accounts", connectBody("http://127.0.0.1:1", KEY, null)),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "connection_failed");
        assertThat(down.path("reason").asString()).isEqualTo("unreachable");
        assertThat(body(client.get().uri("/v1/accounts").exchange(), HttpStatus.OK)
                        .path("data")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void theDemoAccountIsReadOnlyButVerifies() {
        problem(patch(client, "/v1/accounts/demo", "{\"label\":\"Mine\"}"), HttpStatus.FORBIDDEN, "demo_read_only");
        problem(client.delete().uri("/v1/accounts/demo").exchange(), HttpStatus.FORBIDDEN, "demo_read_only");
        JsonNode demo = body(client.post().uri("/v1/accounts/demo/verify").exchange(), HttpStatus.OK);
        assertThat(demo.path("status").asString()).isEqualTo("connected");
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
