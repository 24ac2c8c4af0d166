package io.omnicart.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(CallerSecurityTest.WhoAmI.class)
class CallerSecurityTest {

    private static final String BUNDLE_DETAIL = "Verify your workspace has the Marketing & Commerce bundle enabled.";

    @Autowired
    WebTestClient client;

    @Test
    void noTokenIsUnauthenticatedProblem() {
        client.get()
                .uri("/v1/accounts")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("unauthenticated")
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.instance")
                .isEqualTo("/v1/accounts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"malformed", "expired", "wrongSignature", "noWorkspace", "blankWorkspace", "noneAlg"})
    void badTokenIsUnauthenticatedProblem(String kind) {
        client.get()
                .uri("/v1/accounts")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + badToken(kind))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*invalid_token.*")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("unauthenticated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"noExp", "iatInTheFuture", "livesTooLong", "noIatAndExpTooFar"})
    void tokensThatNeverOrTooLateExpireAreUnauthenticatedAndSayWhy(String kind) {
        Instant now = Instant.now();
        String token = TestTokens.withClaims(claims -> {
            claims.claim("workspace_id", "ws-1").claim("bundles", List.of("commerce"));
            switch (kind) {
                case "noExp" -> claims.expirationTime(null);
                case "iatInTheFuture" ->
                    claims.issueTime(Date.from(now.plus(Duration.ofMinutes(10))))
                            .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
                case "livesTooLong" ->
                    claims.issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofDays(3650))));
                default -> claims.issueTime(null).expirationTime(Date.from(now.plus(Duration.ofDays(2))));
            }
        });
        String detail = switch (kind) {
            case "noExp" -> "The bearer token has no 'exp' (expiry) claim; every caller token must expire.";
            case "iatInTheFuture" -> "The bearer token's 'iat' (issued-at) claim lies in the future.";
            default ->
                "The bearer token lives longer (exp - iat) than the gateway allows"
                        + " (omnicart.security.max-token-lifetime).";
        };
        client.get()
                .uri("/v1/accounts/demo")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("unauthenticated")
                .jsonPath("$.detail")
                .isEqualTo(detail);
    }

    @Test
    void aTokenWithinTheMaximumLifetimeAndASmallIatSkewIsAccepted() {
        Instant now = Instant.now();
        String token = TestTokens.withClaims(claims -> claims.claim("workspace_id", "ws-1")
                .claim("bundles", List.of("commerce"))
                .issueTime(Date.from(now.plusSeconds(20)))
                .expirationTime(Date.from(now.plus(Duration.ofHours(23)))));
        client.get()
                .uri("/v1/accounts/demo")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void nonBearerAuthorizationIsUnauthenticated() {
        client.get()
                .uri("/v1/accounts")
                .header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNzd29yZA==")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("unauthenticated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/accounts", "/v1/accounts/demo/orders", "/v1/accounts/demo/orders/x", "/v1/nowhere"})
    void tokenWithoutCommerceBundleIsForbiddenEverywhereUnderV1(String path) {
        client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.withBundles("ws-1", "marketing"))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("bundle_required")
                .jsonPath("$.detail")
                .isEqualTo(BUNDLE_DETAIL);
    }

    @Test
    void validTokenPassesSecurityAndListsTheDemoAccount() {
        client.get()
                .uri("/v1/accounts")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce("ws-1"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data[?(@.id == 'demo')].platform")
                .isEqualTo("demo");
    }

    @Test
    void callerIsThePrincipalWithWorkspaceAndBundles() {
        client.get()
                .uri("/v1/test/whoami")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.withBundles("ws-7", "commerce", "marketing"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.subject")
                .isEqualTo(TestTokens.SUBJECT)
                .jsonPath("$.workspaceId")
                .isEqualTo("ws-7")
                .jsonPath("$.bundles.length()")
                .isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"marketing commerce", "marketing,commerce", "commerce"})
    void bundlesClaimMayBeASeparatedString(String bundles) {
        String token = TestTokens.withClaims(Map.of("workspace_id", "ws-2", "bundles", bundles));
        client.get()
                .uri("/v1/test/whoami")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.workspaceId")
                .isEqualTo("ws-2");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator/health",
                "/actuator/health/liveness",
                "/actuator/health/readiness",
                "/actuator/info",
                "/actuator/prometheus",
                "/v3/api-docs",
                "/swagger-ui/index.html"
            })
    void operationalAndDocumentationEndpointsAreOpen(String path) {
        client.get().uri(path).exchange().expectStatus().isOk();
    }

    @Test
    void otherPathsNeedAToken() {
        client.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
        client.get().uri("/anything").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void noSessionCookieAndNoBasicChallenge() {
        client.get()
                .uri("/v1/accounts")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.commerce("ws-1"))
                .exchange()
                .expectHeader()
                .doesNotExist(HttpHeaders.SET_COOKIE);
        client.post()
                .uri("/login")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void prometheusExposesRequestHistogramsWithTheApplicationTag() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        String scrape = client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(scrape)
                .contains("http_server_requests_seconds_bucket{")
                .contains("application=\"omnicart-gateway\"");
    }

    private static String badToken(String kind) {
        return switch (kind) {
            case "malformed" -> "not-a-jwt";
            case "expired" -> TestTokens.expired("ws-1");
            case "wrongSignature" -> TestTokens.wrongSecret("ws-1");
            case "noWorkspace" -> TestTokens.withoutWorkspace();
            case "blankWorkspace" -> TestTokens.withClaims(Map.of("workspace_id", " ", "bundles", "commerce"));
            case "noneAlg" -> unsigned(TestTokens.commerce("ws-1"));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The same claims with {@code alg: none} and no signature. */
    private static String unsigned(String token) {
        String header = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** Shows what {@code @AuthenticationPrincipal Caller} resolves to; only in this test's context. */
    @TestConfiguration(proxyBeanMethods = false)
    @RestController
    static class WhoAmI {

        @GetMapping("/v1/test/whoami")
        Caller whoAmI(@AuthenticationPrincipal Caller caller) {
            return caller;
        }
    }
}
