package io.omnicart.gateway.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Caller security. In production (profile {@code prod}) caller JWTs are verified against the identity provider's
 * {@code jwkSetUri} or {@code issuerUri}; locally against the HS256 {@code devSecret}.
 *
 * @param devSecret HS256 secret for local runs (at least 32 bytes); refused in production when it is the shipped one
 * @param jwkSetUri the identity provider's JWK set, e.g. {@code https://idp.example.com/.well-known/jwks.json}
 * @param issuerUri the identity provider's issuer; its discovery document names the JWK set, {@code iss} is checked
 * @param workspaceClaim the claim holding the caller's workspace id; a token without it is rejected
 * @param bundlesClaim the claim listing the workspace's bundles: a JSON array or a space/comma separated string
 * @param commerceBundle the bundle every {@code /v1/**} call needs
 * @param metricsPublic whether {@code /actuator/prometheus} answers without a token
 * @param devTokenTtl how long the dev token printed at start-up stays valid
 * @param maxTokenLifetime the longest lifetime ({@code exp − iat}) a caller token may have; every token needs {@code
 *     exp}
 */
@Validated
@ConfigurationProperties("omnicart.security")
public record SecurityProperties(
        @Nullable String devSecret,
        @Nullable URI jwkSetUri,
        @Nullable URI issuerUri,
        @DefaultValue("workspace_id") @NotBlank String workspaceClaim,
        @DefaultValue("bundles") @NotBlank String bundlesClaim,
        @DefaultValue("commerce") @NotBlank String commerceBundle,
        @DefaultValue("true") boolean metricsPublic,
        @DefaultValue("24h") @NotNull Duration devTokenTtl,
        @DefaultValue("24h") @NotNull Duration maxTokenLifetime) {

    /** The dev secret shipped in {@code application.yml}; public knowledge, so never acceptable in production. */
    public static final String SHIPPED_DEV_SECRET = "omnicart-local-dev-secret-change-me-0123456789";

    public SecurityProperties {
        jwkSetUri = blankToNull(jwkSetUri);
        issuerUri = blankToNull(issuerUri);
    }

    public boolean hasIdentityProvider() {
        return jwkSetUri != null || issuerUri != null;
    }

    private static @Nullable URI blankToNull(@Nullable URI uri) {
        return uri == null || uri.toString().isBlank() ? null : uri;
    }
}
