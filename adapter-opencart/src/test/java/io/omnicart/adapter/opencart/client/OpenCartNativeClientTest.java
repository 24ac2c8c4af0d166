package io.omnicart.adapter.opencart.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.adapter.opencart.OpenCartSamples;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.opencart.error.OpenCartLoginRefusal;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** The native client over canned answers from real stores: protocol probing and history-route errors. */
class OpenCartNativeClientTest {

    private static final String KEY = "k3y-0000000000000000000000000000000000000000000000000000000000000";
    private static final StoreConnection STORE = new StoreConnection(
            "a1",
            "w1",
            Platform.OPENCART,
            URI.create("https://shop.example.com/store/"),
            new Credentials.ApiUser("omnicart", Secret.of(KEY)));

    private final List<String> routes = new ArrayList<>();

    @Test
    void probes30FirstThen40() {
        OpenCartNativeClient client = client(Map.of(
                "api/login", reply(404, "text/html", "<!DOCTYPE html><html><title>Not found</title></html>"),
                "api/account/login", reply(200, "application/json", OpenCartSamples.read("oc40-login-success.json"))));

        OpenCartLoginResult result = client.login(STORE).block();

        assertThat(routes).containsExactly("api/login", "api/account/login");
        assertThat(result)
                .isInstanceOfSatisfying(
                        OpenCartLoginResult.Started.class,
                        started -> assertThat(started.version()).isEqualTo(OpenCartVersion.V4_0));
    }

    @Test
    void a30WrongKeyStopsTheProbe() {
        OpenCartNativeClient client = client(
                Map.of("api/login", reply(200, "application/json", OpenCartSamples.read("login-wrong-key.json"))));

        OpenCartLoginResult result = client.login(STORE).block();

        assertThat(routes).containsExactly("api/login");
        assertThat(((OpenCartLoginResult.Refused) result).refusal()).isEqualTo(OpenCartLoginRefusal.WRONG_KEY);
    }

    @Test
    void historyErrorsAreASessionRefusalOrAMissingOrder() {
        OpenCartHistoryEntry entry = new OpenCartHistoryEntry("7", 5, "", false, 0);
        OpenCartNativeClient expired = client(Map.of(
                "api/order/history",
                reply(200, "application/json", OpenCartSamples.read("order-info-expired-session.json"))));
        assertThatThrownBy(() -> expired.addHistory(STORE, OpenCartVersion.V3_0, Secret.of("t"), entry)
                        .block())
                .isInstanceOf(CredentialsRejected.class);

        OpenCartNativeClient missing = client(Map.of(
                "api/sale/order.addHistory",
                reply(200, "application/json", OpenCartSamples.read("oc40-order-addhistory-notfound.json"))));
        assertThatThrownBy(() -> missing.addHistory(STORE, OpenCartVersion.V4_0, Secret.of("t"), entry)
                        .block())
                .isInstanceOfSatisfying(
                        NotFound.class, nf -> assertThat(nf.id()).isEqualTo("7"));

        OpenCartNativeClient noSession =
                client(Map.of("api/sale/order.addHistory", reply(404, "text/html", "<!DOCTYPE html><html></html>")));
        assertThatThrownBy(() -> noSession
                        .addHistory(STORE, OpenCartVersion.V4_0, Secret.of("t"), entry)
                        .block())
                .isInstanceOf(CredentialsRejected.class);
    }

    @Test
    void historyAlwaysSendsTheStatusAndTheStore() {
        List<String> bodies = new ArrayList<>();
        WebClient web = WebClient.builder()
                .exchangeFunction(request -> {
                    routes.add(request.url().getRawQuery());
                    return Mono.just(reply(200, "application/json", "{\"success\":\"ok\"}"));
                })
                .build();
        OpenCartNativeClient client = OpenCartClients.create(
                        web, new OpenCartErrorTranslator(Clock.systemUTC()), Clock.systemUTC())
                .nativeApi();

        client.addHistory(
                        STORE,
                        OpenCartVersion.V3_0,
                        Secret.of("tok123"),
                        new OpenCartHistoryEntry("9", 7, "why", true, 1))
                .block();

        assertThat(routes.getFirst())
                .startsWith("route=api/order/history")
                .contains("api_token=tok123", "store_id=1", "order_id=9");
        assertThat(bodies).isEmpty();
    }

    private OpenCartNativeClient client(Map<String, ClientResponse> answers) {
        WebClient web = WebClient.builder()
                .exchangeFunction(request -> {
                    String query = request.url().getRawQuery();
                    String route = java.net.URLDecoder.decode(
                            query.replaceFirst("^route=([^&]*).*$", "$1"), java.nio.charset.StandardCharsets.UTF_8);
                    routes.add(route);
                    assertThat(request.url().getPath()).isEqualTo("/store/index.php");
                    ClientResponse answer = answers.get(route);
                    return Mono.just(answer != null ? answer : reply(404, "text/html", "<html></html>"));
                })
                .build();
        return OpenCartClients.create(web, new OpenCartErrorTranslator(Clock.systemUTC()), Clock.systemUTC())
                .nativeApi();
    }

    private static ClientResponse reply(int status, String type, String body) {
        return ClientResponse.create(HttpStatus.valueOf(status))
                .header("Content-Type", type)
                .body(body)
                .build();
    }
}
