package io.omnicart.gateway.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Another workspace's account id answers exactly like an unknown id on every accounts endpoint. */
class CrossWorkspaceApiTest extends AccountsApiSupport {

    @Test
    void everyAccountsEndpointAnswersNotFoundToAnotherWorkspace() {
        String id = connect("Owner's store").path("id").asString();
        WebTestClient intruder = as("ws-intruder-" + UUID.randomUUID());
        List<Function<String, WebTestClient.ResponseSpec>> calls = List.of(
                path -> intruder.get().uri(path).exchange(),
                path -> patch(intruder, path, "{\"label\":\"Mine now\"}"),
                path -> patch(intruder, path, "{\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"" + KEY + "\"}}"),
                path -> intruder.delete().uri(path).exchange(),
                path -> intruder.post().uri(path + "/verify").exchange(),
                path -> intruder.get().uri(path + "/capabilities").exchange(),
                path -> intruder.get().uri(path + "/orders").exchange());
        for (Function<String, WebTestClient.ResponseSpec> call : calls) {
            JsonNode foreign = problem(call.apply("/v1/accounts/" + id), HttpStatus.NOT_FOUND, "account_not_found");
            JsonNode unknown = problem(
                    call.apply("/v1/accounts/acc_000000000000000000000000"), HttpStatus.NOT_FOUND, "account_not_found");
            assertThat(foreign.path("detail").asString().replace(id, "ID"))
                    .isEqualTo(unknown.path("detail").asString().replace("acc_000000000000000000000000", "ID"));
        }
        assertThat(body(intruder.get().uri("/v1/accounts").exchange(), HttpStatus.OK)
                        .toString())
                .doesNotContain(id);
        JsonNode mine = body(client.get().uri("/v1/accounts/" + id).exchange(), HttpStatus.OK);
        assertThat(mine.path("label").asString()).isEqualTo("Owner's store");
        assertThat(mine.path("status").asString()).isEqualTo("connected");
    }
}
