package io.omnicart.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.omnicart.gateway.support.TestTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.test.StepVerifier;

/** Production verification against a real JWK set / issuer discovery served over HTTP, and the start-up checks. */
class CallerTokenVerificationTest {

    private static RSAKey signingKey;
    private static HttpServer idp;
    private static String issuer;

    @BeforeAll
    static void startIdentityProvider() throws Exception {
        signingKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        idp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + idp.getAddress().getPort() + "/realm";
        String jwks = new JWKSet(signingKey.toPublicJWK()).toString();
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\"}";
        idp.createContext("/realm/jwks", exchange -> reply(exchange, jwks));
        idp.createContext("/realm/.well-known/openid-configuration", exchange -> reply(exchange, discovery));
        idp.start();
    }

    @AfterAll
    static void stopIdentityProvider() {
        idp.stop(0);
    }

    @Test
    void jwkSetUriVerifiesProviderTokensAndRejectsDevTokens() throws Exception {
        ReactiveJwtDecoder decoder = production(URI.create(issuer + "/jwks"), null);
        StepVerifier.create(decoder.decode(rs256(issuer, "ws-1")))
                .assertNext(
                        jwt -> assertThat(jwt.getClaimAsString("workspace_id")).isEqualTo("ws-1"))
                .verifyComplete();
        StepVerifier.create(decoder.decode(TestTokens.commerce("ws-1"))).verifyError(JwtException.class);
        StepVerifier.create(decoder.decode(rs256(issuer, null))).verifyError(JwtException.class);
    }

    @Test
    void issuerUriDiscoversKeysAndChecksTheIssuer() throws Exception {
        ReactiveJwtDecoder decoder = production(null, URI.create(issuer));
        StepVerifier.create(decoder.decode(rs256(issuer, "ws-2")))
                .assertNext(
                        jwt -> assertThat(jwt.getClaimAsString("workspace_id")).isEqualTo("ws-2"))
                .verifyComplete();
        StepVerifier.create(decoder.decode(rs256("https://someone-else.example", "ws-2")))
                .verifyError(JwtException.class);
    }

    @Test
    void productionWithProviderIsNotDevMode() {
        var verification = CallerTokenVerification.from(properties(null, URI.create(issuer), null), prod());
        assertThat(verification.devMode()).isFalse();
    }

    @Test
    void localRunRefusesAShortDevSecret() {
        assertThatThrownBy(() -> CallerTokenVerification.from(properties(null, null, "too-short"), local()))
                .isInstanceOf(InsecureSecurityConfigurationException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void localRunWithTheShippedSecretIsDevMode() {
        var verification =
                CallerTokenVerification.from(properties(null, null, SecurityProperties.SHIPPED_DEV_SECRET), local());
        assertThat(verification.devMode()).isTrue();
        assertThat(SecurityProperties.SHIPPED_DEV_SECRET).isEqualTo(TestTokens.DEV_SECRET);
    }

    @Test
    void productionRefusesTheShippedSecretEvenWithAProvider() {
        assertThatThrownBy(() -> CallerTokenVerification.from(
                        properties(URI.create(issuer + "/jwks"), null, SecurityProperties.SHIPPED_DEV_SECRET), prod()))
                .isInstanceOf(InsecureSecurityConfigurationException.class);
    }

    private static ReactiveJwtDecoder production(URI jwkSetUri, URI issuerUri) {
        return CallerTokenVerification.from(properties(jwkSetUri, issuerUri, null), prod())
                .decoder();
    }

    private static SecurityProperties properties(URI jwkSetUri, URI issuerUri, String devSecret) {
        return new SecurityProperties(
                devSecret,
                jwkSetUri,
                issuerUri,
                "workspace_id",
                "bundles",
                "commerce",
                true,
                Duration.ofHours(24),
                Duration.ofHours(24));
    }

    private static MockEnvironment prod() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(CallerTokenVerification.PRODUCTION_PROFILE);
        return environment;
    }

    private static MockEnvironment local() {
        return new MockEnvironment();
    }

    private static String rs256(String iss, String workspaceId) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(iss)
                .subject("user-1")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("bundles", List.of("commerce"));
        if (workspaceId != null) {
            claims.claim("workspace_id", workspaceId);
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(signingKey.getKeyID())
                        .build(),
                claims.build());
        jwt.sign(new RSASSASigner(signingKey));
        return jwt.serialize();
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
