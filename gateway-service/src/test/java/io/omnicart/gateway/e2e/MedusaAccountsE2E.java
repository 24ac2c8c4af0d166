package io.omnicart.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Connecting the real Medusa store through the Accounts API with each credential type, and what is refused. */
class MedusaAccountsE2E extends MedusaE2ESupport {

    @ParameterizedTest
    @EnumSource(Credential.class)
    void connectsWithTheStoreNameAndKeepsNoSecretInTheAnswer(Credential credential) {
        JsonNode account = connect(credential, null);

        assertThat(account.path("id").asString()).startsWith("acc_");
        assertThat(account.path("platform").asString()).isEqualTo("medusa");
        assertThat(account.path("authMethod").asString()).isEqualTo(credential.wire);
        assertThat(account.path("status").asString()).isEqualTo("connected");
        assertThat(account.path("store").path("name").asString()).isEqualTo(store.storeName());
        assertThat(account.path("label").asString())
                .as("label defaults to the store name")
                .isEqualTo(store.storeName());
        assertThat(account.path("baseUrl").asString()).isEqualTo(store.baseUrl);
        assertThat(account.has("credentials")).isFalse();

        String id = account.path("id").asString();
        JsonNode listed = get("/v1/accounts");
        assertThat(data(listed)).extracting(a -> a.path("id").asString()).contains(id, "demo");
        String all = listed.toString() + get("/v1/accounts/" + id);
        assertThat(all).doesNotContain(store.secretApiKey).doesNotContain(store.adminPassword);
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void verifyReChecksTheStoreAndRecordsWhen(Credential credential) {
        JsonNode account = connect(credential, "Verify " + credential.wire);
        String id = account.path("id").asString();
        OffsetDateTime connectedAt =
                OffsetDateTime.parse(account.path("lastVerifiedAt").asString());

        JsonNode verified = json(send(gateway, HttpMethod.POST, "/v1/accounts/" + id + "/verify", null), HttpStatus.OK);

        assertThat(verified.path("status").asString()).isEqualTo("connected");
        assertThat(verified.path("store").path("name").asString()).isEqualTo(store.storeName());
        assertThat(OffsetDateTime.parse(verified.path("lastVerifiedAt").asString()))
                .isAfterOrEqualTo(connectedAt);
        assertThat(verified.toString()).doesNotContain(store.secretApiKey).doesNotContain(store.adminPassword);
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void capabilitiesListEveryMedusaOperation(Credential credential) {
        JsonNode capabilities = read(credential, "/capabilities");

        assertThat(capabilities.path("platform").asString()).isEqualTo("medusa");
        assertThat(capabilities.path("readOnly").asBoolean()).isFalse();
        for (String capability : List.of(
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
                "settings")) {
            assertThat(capabilities.path("capabilities").path(capability).asBoolean())
                    .as(capability)
                    .isTrue();
        }
    }

    @Test
    void aWrongSecretKeyIsRejectedAndNothingIsStored() {
        int before = data(get("/v1/accounts")).size();
        String body = connectBody(store.baseUrl, "{\"type\":\"api_key\",\"apiKey\":\"sk_e2e_wrong_key\"}", null);

        JsonNode problem = problem(
                send(gateway, HttpMethod.POST, "/v1/accounts", body),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "connection_failed");

        assertThat(problem.path("reason").asString()).isEqualTo("auth_rejected");
        assertThat(problem.toString()).doesNotContain("sk_e2e_wrong_key");
        assertThat(data(get("/v1/accounts"))).hasSize(before);
    }

    @Test
    void aWrongPasswordIsRejected() {
        String body = connectBody(
                store.baseUrl,
                "{\"type\":\"email_password\",\"email\":" + quote(store.adminEmail)
                        + ",\"password\":\"not-the-password\"}",
                null);

        JsonNode problem = problem(
                send(gateway, HttpMethod.POST, "/v1/accounts", body),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "connection_failed");

        assertThat(problem.path("reason").asString()).isEqualTo("auth_rejected");
        assertThat(problem.toString()).doesNotContain("not-the-password");
    }

    @Test
    void anAdminSuffixOnTheBaseUrlIsRefusedWithAHint() {
        String body = connectBody(store.baseUrl + "/admin", Credential.API_KEY.credentialsJson(store), null);

        JsonNode problem = problem(
                send(gateway, HttpMethod.POST, "/v1/accounts", body),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "connection_failed");

        assertThat(problem.path("reason").asString()).isEqualTo("base_url_invalid");
    }

    @Test
    void aRenamedAndThenRemovedAccountIsGone() {
        String id = connect(Credential.API_KEY, "To remove").path("id").asString();

        JsonNode renamed = json(
                send(gateway, HttpMethod.PATCH, "/v1/accounts/" + id, "{\"label\":\"Renamed E2E\"}"), HttpStatus.OK);
        assertThat(renamed.path("label").asString()).isEqualTo("Renamed E2E");

        send(gateway, HttpMethod.DELETE, "/v1/accounts/" + id, null)
                .expectStatus()
                .isNoContent();
        problem(
                send(gateway, HttpMethod.GET, "/v1/accounts/" + id + "/orders", null),
                HttpStatus.NOT_FOUND,
                "account_not_found");
    }

    @Test
    void anotherWorkspaceCannotUseTheAccount() {
        String id = account(Credential.API_KEY);

        problem(
                send(as("ws-e2e-other-" + workspace), HttpMethod.GET, "/v1/accounts/" + id + "/orders", null),
                HttpStatus.NOT_FOUND,
                "account_not_found");
    }
}
