package io.omnicart.gateway.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** The re-encryption job behind {@code POST /admin/credentials/re-encrypt}: admin bundle only. */
class CredentialAdminApiTest extends AccountsApiSupport {

    @Test
    void onlyAnAdministratorCanRunTheReencryptionJob() {
        connect("Before rotation");
        anonymous
                .post()
                .uri("/admin/credentials/re-encrypt")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        problem(client.post().uri("/admin/credentials/re-encrypt").exchange(), HttpStatus.FORBIDDEN, "admin_required");

        String admin = TestTokens.withBundles("ops-workspace", "admin");
        JsonNode report = body(
                anonymous
                        .post()
                        .uri("/admin/credentials/re-encrypt")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                        .exchange(),
                HttpStatus.OK);
        assertThat(report.path("primaryKeyId").asLong()).isPositive();
        assertThat(report.path("remaining").asLong()).isZero();
        assertThat(report.path("reencrypted").asLong()).isZero();
        assertThat(body(client.get().uri("/v1/accounts").exchange(), HttpStatus.OK)
                        .path("data")
                        .size())
                .isEqualTo(2);
    }
}
