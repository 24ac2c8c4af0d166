package io.omnicart.gateway.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.testkit.simulator.medusa.MedusaVerificationStub;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Connects and fails with known secrets through every error path, with debug logging on for the gateway, Spring's web
 * layer and Reactor Netty, and checks that no secret shows up in any response or any log line.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
        properties = {
            "logging.level.io.omnicart=TRACE",
            "logging.level.org.springframework.web=DEBUG",
            "logging.level.org.springframework.http=DEBUG",
            "logging.level.reactor.netty.http=DEBUG",
            "logging.level.org.springframework.r2dbc=DEBUG",
        })
class SecretLoggingApiTest extends AccountsApiSupport {

    static final String API_KEY = "sk_SECRET_api_key_4f1d";
    static final String NO_PREFIX = "SECRET_no_prefix_77aa";
    static final String PASSWORD_SECRET = "SECRET-password-9c2e";
    static final String URL_SECRET = "SECRETinurl31";
    static final List<String> SECRETS = List.of(API_KEY, NO_PREFIX, PASSWORD_SECRET, URL_SECRET, "SECRET");

    private final List<String> responses = new ArrayList<>();

    @Test
    void noSecretReachesAResponseOrALogLine(CapturedOutput output) {
        String base = store.baseUrl();
        send(post(client, "/v1/accounts", connectBody(base, NO_PREFIX, null)));
        send(post(client, "/v1/accounts", connectBody(base, API_KEY, null)));
        send(post(client, "/v1/accounts", emailPassword(base, PASSWORD_SECRET)));
        send(post(client, "/v1/accounts", connectBody("http://127.0.0.1:1", API_KEY, null)));
        send(post(client, "/v1/accounts", connectBody("https://admin:" + URL_SECRET + "@10.0.0.1", API_KEY, null)));
        send(post(client, "/v1/accounts", connectBody("https://shop.example.com/?key=" + URL_SECRET, API_KEY, null)));
        send(post(client, "/v1/accounts", connectBody("https://169.254.169.254", API_KEY, null)));
        send(post(client, "/v1/accounts", connectBody(base + "/admin", API_KEY, null)));
        send(post(
                client,
                "/v1/accounts",
                "{\"platform\":\"medusa\",\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"" + API_KEY + "\""));
        send(post(
                client,
                "/v1/accounts",
                "{\"platform\":\"medusa\",\"baseUrl\":\"" + base
                        + "\",\"credentials\":{\"type\":\"api_key\",\"apiKey\":[\"" + API_KEY + "\"]}}"));
        store.mode(MedusaVerificationStub.Mode.HTML);
        send(post(client, "/v1/accounts", connectBody(base, API_KEY, null)));
        store.mode(MedusaVerificationStub.Mode.NORMAL);

        store.acceptApiKey(API_KEY);
        String id = body(
                        post(client, "/v1/accounts", connectBody(base, API_KEY, null)),
                        org.springframework.http.HttpStatus.CREATED)
                .path("id")
                .asString();
        send(client.get().uri("/v1/accounts").exchange());
        send(client.get().uri("/v1/accounts/" + id).exchange());
        send(patch(
                client,
                "/v1/accounts/" + id,
                "{\"credentials\":{\"type\":\"api_key\",\"apiKey\":\"sk_SECRET_wrong\"}}"));
        send(patch(
                client,
                "/v1/accounts/" + id,
                "{\"credentials\":{\"type\":\"email_password\",\"email\":\"a@b.c\"," + "\"password\":\""
                        + PASSWORD_SECRET + "\"}}"));
        store.acceptApiKey("sk_other");
        send(client.post().uri("/v1/accounts/" + id + "/verify").exchange());
        send(as("ws-other").get().uri("/v1/accounts/" + id).exchange());

        assertThat(responses)
                .hasSize(17)
                .allSatisfy(response -> assertThat(response).doesNotContain(SECRETS));
        assertThat(output.getAll()).contains("verification of a medusa store failed");
        for (String secret : SECRETS) {
            assertThat(output.getAll()).as("log output").doesNotContain(secret);
        }
    }

    private static String emailPassword(String base, String password) {
        return "{\"platform\":\"medusa\",\"baseUrl\":\"" + base + "\",\"credentials\":{\"type\":\"email_password\","
                + "\"email\":\"ops@example.com\",\"password\":\"" + password + "\"}}";
    }

    private void send(WebTestClient.ResponseSpec response) {
        String body = response.expectBody(String.class).returnResult().getResponseBody();
        responses.add(body == null ? "" : body);
    }
}
