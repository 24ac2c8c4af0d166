package io.omnicart.gateway.passthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.testkit.simulator.RecordedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/** The raw route against the Medusa simulator and a recording stand-in, with writes disabled (the default). */
class PassthroughApiTest extends PassthroughApiSupport {

    @LocalServerPort
    int port;

    @Test
    void aReadReachesTheAccountsStoreWithItsSecretKeyAndNotTheCallersCredentials() {
        String account = connectWithKey();

        EntityExchangeResult<String> result = client.get()
                .uri("/v1/accounts/" + account + "/raw/admin/orders?limit=2&fields=id,status")
                .header(HttpHeaders.COOKIE, "session=caller-cookie")
                .header("X-Forwarded-For", "203.0.113.9")
                .header("Forwarded", "for=203.0.113.9")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();

        JsonNode body = json(result.getResponseBody());
        assertThat(body.path("orders").isArray()).as(result.getResponseBody()).isTrue();
        assertThat(body.path("orders").size()).isEqualTo(2);
        assertThat(body.path("limit").asInt()).isEqualTo(2);
        List<RecordedRequest> sent = upstream("/admin/orders");
        assertThat(sent).hasSize(1);
        RecordedRequest request = sent.getFirst();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.queryParam("limit")).isEqualTo("2");
        assertThat(request.queryParam("fields")).isEqualTo("id,status");
        assertThat(request.authScheme()).isEqualTo("Basic");
        assertThat(request.header("cookie")).isNull();
        assertThat(request.header("x-forwarded-for")).isNull();
        assertThat(request.header("forwarded")).isNull();
        assertThat(result.getResponseHeaders().getFirst("X-Request-Id")).isNotBlank();
        assertThat(result.getResponseHeaders().getFirst("X-Cache")).isNull();
    }

    @Test
    void anAdminUserIsLoggedInOnceAndItsTokenReused() {
        String account = connectWithAdminUser();

        for (int i = 0; i < 2; i++) {
            rawGet(account, "/admin/products?limit=1").expectStatus().isOk();
        }

        assertThat(upstream("/admin/products"))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.authScheme()).isEqualTo("Bearer"));
        assertThat(logins()).isLessThanOrEqualTo(1);
    }

    @Test
    void anExpiredTokenIsForgottenAndTheReadSentOnceMoreAfterAFreshLogin() {
        String account = connectWithAdminUser();
        rawGet(account, "/admin/stores").expectStatus().isOk();
        medusa.clearRequests();
        medusa.expireTokens();

        rawGet(account, "/admin/stores").expectStatus().isOk();

        assertThat(medusa.requests().stream().map(RecordedRequest::path))
                .containsExactly("/admin/stores", "/auth/user/emailpass", "/admin/stores");
    }

    @Test
    void aSecondRejectionIsAnUpstreamErrorAfterExactlyOneRetry() {
        String account = connectWithKey();
        medusa.failNext(2, io.omnicart.testkit.simulator.Fault.tokenExpired());

        JsonNode problem = problem(rawGet(account, "/admin/stores"), HttpStatus.BAD_GATEWAY, "upstream_error");

        assertThat(problem.path("reason").asString()).isEqualTo("auth_rejected");
        assertThat(problem.path("upstreamStatus").asInt()).isEqualTo(401);
        assertThat(upstream("/admin/stores")).hasSize(2);
    }

    @Test
    void anotherWorkspacesAccountIsNotFoundLikeAnUnknownOne() {
        String account = connectWithKey();
        var intruder = as("ws-intruder-" + UUID.randomUUID());

        JsonNode foreign = problem(
                intruder.get()
                        .uri("/v1/accounts/" + account + "/raw/admin/orders")
                        .exchange(),
                HttpStatus.NOT_FOUND,
                "account_not_found");
        JsonNode unknown = problem(
                intruder.get()
                        .uri("/v1/accounts/acc_000000000000000000000000/raw/admin/orders")
                        .exchange(),
                HttpStatus.NOT_FOUND,
                "account_not_found");

        assertThat(foreign.path("detail").asString().replace(account, "ID"))
                .isEqualTo(unknown.path("detail").asString().replace("acc_000000000000000000000000", "ID"));
        assertThat(foreign.propertyNames()).containsExactlyInAnyOrderElementsOf(unknown.propertyNames());
        assertThat(medusa.requests()).isEmpty();
    }

    @Test
    void theDemoStoreHasNoPassthrough() {
        JsonNode problem = problem(
                client.get().uri("/v1/accounts/demo/raw/admin/orders").exchange(),
                HttpStatus.NOT_IMPLEMENTED,
                "not_supported");

        assertThat(problem.path("capability").asString()).isEqualTo("passthrough");
        assertThat(problem.path("platform").asString()).isEqualTo("demo");
    }

    @Test
    void writesAreRefusedUnlessTheOperatorAllowsThem() {
        String account = connectWithKey();

        for (var method : List.of(
                org.springframework.http.HttpMethod.POST,
                org.springframework.http.HttpMethod.PUT,
                org.springframework.http.HttpMethod.PATCH,
                org.springframework.http.HttpMethod.DELETE)) {
            var response = client.method(method)
                    .uri("/v1/accounts/" + account + "/raw/admin/collections")
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .bodyValue("{\"title\":\"Raw\"}".getBytes(StandardCharsets.UTF_8))
                    .exchange();
            response.expectHeader().valueEquals(HttpHeaders.ALLOW, "GET,HEAD");
            JsonNode problem = problem(response, HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed");
            assertThat(problem.path("reason").asString()).isEqualTo("passthrough_writes_disabled");
        }
        assertThat(medusa.requests()).isEmpty();
    }

    @Test
    void headIsForwardedAndAnsweredWithoutABody() {
        String account = accounts.add(workspace, recorder.baseUrl(), apiKey("sk_recorded_head"));

        client.head()
                .uri("/v1/accounts/" + account + "/raw/admin/stores")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .isEmpty();

        assertThat(recorder.received())
                .singleElement()
                .satisfies(r -> assertThat(r.method()).isEqualTo("HEAD"));
    }

    @Test
    void onlyTheForwardableHeadersReachTheStoreNextToTheInjectedKey() {
        String key = "sk_recorded_0001";
        String account = accounts.add(workspace, URI.create(recorder.baseUrl() + "/medusa/"), apiKey(key));

        String requestId = client.get()
                .uri("/v1/accounts/" + account + "/raw/admin/orders/order_1?fields=id")
                .header(HttpHeaders.COOKIE, "session=caller-cookie")
                .header(HttpHeaders.PROXY_AUTHORIZATION, "Basic Y2FsbGVyOnNlY3JldA==")
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Host", "evil.example.com")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "for=203.0.113.9")
                .header("X-Real-IP", "203.0.113.9")
                .header("X-Api-Key", "caller-key")
                .header("x-publishable-api-key", "pk_caller")
                .header(HttpHeaders.ACCEPT, "application/json")
                .header(HttpHeaders.IF_NONE_MATCH, "\"v1\"")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("X-Request-Id");

        RecordingStore.Received received = recorder.received().getFirst();
        assertThat(received.uri()).isEqualTo("/medusa/admin/orders/order_1?fields=id");
        assertThat(received.headers().getFirst(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)));
        assertThat(received.headers().headerNames())
                .map(name -> name.toLowerCase(java.util.Locale.ROOT))
                .doesNotContain(
                        "cookie",
                        "proxy-authorization",
                        "x-forwarded-for",
                        "x-forwarded-host",
                        "x-forwarded-proto",
                        "forwarded",
                        "x-real-ip",
                        "x-api-key",
                        "x-publishable-api-key");
        assertThat(received.headers().getFirst(HttpHeaders.ACCEPT)).isEqualTo("application/json");
        assertThat(received.headers().getFirst(HttpHeaders.IF_NONE_MATCH)).isEqualTo("\"v1\"");
        assertThat(received.headers().getFirst("X-Request-Id")).isEqualTo(requestId);
    }

    @Test
    void hopByHopHeadersAndCookiesOfTheStoreStayBehind() {
        String account = accounts.add(workspace, recorder.baseUrl(), apiKey("sk_recorded_0002"));
        recorder.answer(
                200,
                java.util.Map.of(
                        "Connection", "keep-alive, X-Store-Hop",
                        "Keep-Alive", "timeout=5",
                        "X-Store-Hop", "per-connection",
                        "Proxy-Authenticate", "Basic",
                        "Upgrade", "h2c",
                        "Set-Cookie", "store_session=secret; HttpOnly",
                        "Access-Control-Allow-Origin", "https://store.example.com",
                        "X-Request-Id", "upstream-id",
                        "ETag", "\"v2\"",
                        "X-Store-Header", "kept"),
                "{\"ok\":true}");

        EntityExchangeResult<String> result = rawGet(account, "/admin/stores")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();

        HttpHeaders headers = result.getResponseHeaders();
        assertThat(result.getResponseBody()).isEqualTo("{\"ok\":true}");
        assertThat(headers.getFirst("X-Store-Header")).isEqualTo("kept");
        assertThat(headers.getFirst(HttpHeaders.ETAG)).isEqualTo("\"v2\"");
        assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(headers.getFirst("X-Request-Id")).isNotEqualTo("upstream-id");
        assertThat(headers.headerNames())
                .map(name -> name.toLowerCase(java.util.Locale.ROOT))
                .doesNotContain(
                        "keep-alive",
                        "x-store-hop",
                        "proxy-authenticate",
                        "upgrade",
                        "set-cookie",
                        "access-control-allow-origin");
    }

    @Test
    void pathsThatCouldLeaveTheBaseUrlAreValidationProblemsAndNeverSent() {
        String account = accounts.add(workspace, URI.create(recorder.baseUrl() + "/medusa"), apiKey("sk_rec_3"));
        String base = "/v1/accounts/" + account + "/raw";
        String gateway = "http://127.0.0.1:" + port;
        List<String> attacks = List.of(
                base + "/admin/../../secret",
                base + "/../admin/orders",
                base + "/admin/%2e%2e/%2e%2e/secret",
                base + "/admin/%2E%2E/secret",
                base + "/admin%2F..%2Fsecret",
                base + "/admin%5C..%5Csecret",
                base + "/admin/%252e%252e/secret",
                base + "/admin;x=1/orders",
                base + "//evil.example.com/admin",
                base + "/http:%2F%2Fevil.example.com/admin",
                base + "/https:/evil.example.com/admin",
                base + "/admin/%00/orders",
                base,
                base + "/");
        for (String attack : attacks) {
            JsonNode problem = problem(
                    client.get().uri(URI.create(gateway + attack)).exchange(),
                    HttpStatus.BAD_REQUEST,
                    "validation_failed");
            assertThat(problem.path("errors").get(0).path("field").asString())
                    .as(attack)
                    .isEqualTo("path");
        }
        assertThat(recorder.received()).isEmpty();
    }

    /** Passes the security firewall: the raw route's own check refuses it. */
    @Test
    void anAbsoluteUrlAsPathIsRefusedByTheRawRouteItself() {
        String account = accounts.add(workspace, recorder.baseUrl(), apiKey("sk_rec_4"));

        JsonNode problem = problem(
                client.get()
                        .uri(URI.create("http://127.0.0.1:" + port + "/v1/accounts/" + account
                                + "/raw/https:/evil.example.com/admin"))
                        .exchange(),
                HttpStatus.BAD_REQUEST,
                "validation_failed");

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("path");
        assertThat(problem.path("detail").asString()).contains("not an absolute URL");
        assertThat(recorder.received()).isEmpty();
    }

    private static Credentials apiKey(String key) {
        return new Credentials.ApiKey(Secret.of(key));
    }
}
