package io.omnicart.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Caller tokens for tests: HS256 JWTs signed with the local dev secret of {@code application.yml}, exactly like the
 * one the gateway prints at start-up. Use {@code "Bearer " + TestTokens.commerce("ws-1")} as the Authorization header.
 */
public final class TestTokens {

    /** Must equal {@code omnicart.security.dev-secret} in {@code application.yml}. */
    public static final String DEV_SECRET = "omnicart-local-dev-secret-change-me-0123456789";

    public static final String WORKSPACE_CLAIM = "workspace_id";
    public static final String BUNDLES_CLAIM = "bundles";
    public static final String COMMERCE_BUNDLE = "commerce";
    public static final String SUBJECT = "test-user";

    private TestTokens() {}

    /** A valid token for the workspace with the commerce bundle. */
    public static String commerce(String workspaceId) {
        return withBundles(workspaceId, COMMERCE_BUNDLE);
    }

    /** A valid token for the workspace with exactly these bundles (none: a token lacking the commerce bundle). */
    public static String withBundles(String workspaceId, String... bundles) {
        return withClaims(claims -> claims.claim(WORKSPACE_CLAIM, workspaceId).claim(BUNDLES_CLAIM, List.of(bundles)));
    }

    /** Bearer header value for {@link #commerce(String)}. */
    public static String bearer(String workspaceId) {
        return "Bearer " + commerce(workspaceId);
    }

    /** A commerce token for the workspace that expired an hour ago. */
    public static String expired(String workspaceId) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(
                DEV_SECRET,
                commerceClaims(workspaceId)
                        .issueTime(Date.from(past))
                        .expirationTime(Date.from(past.plus(Duration.ofHours(1))))
                        .build());
    }

    /** A well-formed commerce token signed with another (equally long) secret. */
    public static String wrongSecret(String workspaceId) {
        return signedWith("another-secret-that-is-long-enough-0123456789", workspaceId);
    }

    /** A commerce token for the workspace signed with the given HS256 secret (≥ 32 bytes). */
    public static String signedWith(String secret, String workspaceId) {
        return sign(secret, commerceClaims(workspaceId).build());
    }

    /** A commerce-bundle token without the workspace claim. */
    public static String withoutWorkspace() {
        return withClaims(claims -> claims.claim(BUNDLES_CLAIM, List.of(COMMERCE_BUNDLE)));
    }

    /** A valid (subject, iat, exp = now + 1 h) token with exactly the given extra claims. */
    public static String withClaims(Map<String, ?> claims) {
        return withClaims(builder -> claims.forEach(builder::claim));
    }

    /** A valid (subject, iat, exp = now + 1 h) token whose claims the customizer sets or overrides. */
    public static String withClaims(Consumer<JWTClaimsSet.Builder> customizer) {
        JWTClaimsSet.Builder builder = baseClaims();
        customizer.accept(builder);
        return sign(DEV_SECRET, builder.build());
    }

    /** Signs arbitrary claims with the dev secret. */
    public static String sign(JWTClaimsSet claims) {
        return sign(DEV_SECRET, claims);
    }

    /** Signs arbitrary claims with HS256 and the given secret. */
    public static String sign(String secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalArgumentException("cannot sign test token", e);
        }
    }

    private static JWTClaimsSet.Builder commerceClaims(String workspaceId) {
        return baseClaims().claim(WORKSPACE_CLAIM, workspaceId).claim(BUNDLES_CLAIM, List.of(COMMERCE_BUNDLE));
    }

    private static JWTClaimsSet.Builder baseClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(SUBJECT)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }
}
