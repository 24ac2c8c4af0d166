package io.omnicart.gateway.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * How caller tokens are verified: by the identity provider (JWK set or issuer; mandatory under the {@code prod}
 * profile) or, locally, by the HS256 dev secret. Settings that would make production trust forgeable tokens stop the
 * start-up with an {@link InsecureSecurityConfigurationException}.
 */
public final class CallerTokenVerification {

    public static final String PRODUCTION_PROFILE = "prod";
    static final int MIN_SECRET_BYTES = 32;

    private final SecurityProperties properties;
    private final boolean devMode;
    private final Clock clock;

    private CallerTokenVerification(SecurityProperties properties, boolean devMode, Clock clock) {
        this.properties = properties;
        this.devMode = devMode;
        this.clock = clock;
    }

    public static CallerTokenVerification from(SecurityProperties properties, Environment environment) {
        return from(properties, environment, Clock.systemUTC());
    }

    public static CallerTokenVerification from(SecurityProperties properties, Environment environment, Clock clock) {
        boolean production = environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE));
        if (production) {
            requireProductionReady(properties);
        } else if (!properties.hasIdentityProvider()) {
            requireUsableDevSecret(properties);
        }
        return new CallerTokenVerification(properties, !properties.hasIdentityProvider(), clock);
    }

    /** True when tokens are verified with the local HS256 dev secret (and a dev token is printed). */
    public boolean devMode() {
        return devMode;
    }

    public ReactiveJwtDecoder decoder() {
        NimbusReactiveJwtDecoder decoder = devMode ? devSecretDecoder() : identityProviderDecoder();
        decoder.setJwtValidator(validator());
        return decoder;
    }

    SecretKey devSecretKey() {
        return new SecretKeySpec(secretBytes(properties), "HmacSHA256");
    }

    private NimbusReactiveJwtDecoder devSecretDecoder() {
        return NimbusReactiveJwtDecoder.withSecretKey(devSecretKey())
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }

    private NimbusReactiveJwtDecoder identityProviderDecoder() {
        return properties.jwkSetUri() != null
                ? NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
                        .build()
                : NimbusReactiveJwtDecoder.withIssuerLocation(
                                properties.issuerUri().toString())
                        .build();
    }

    private OAuth2TokenValidator<Jwt> validator() {
        OAuth2TokenValidator<Jwt> standard = properties.issuerUri() == null
                ? JwtValidators.createDefault()
                : JwtValidators.createDefaultWithIssuer(properties.issuerUri().toString());
        OAuth2TokenValidator<Jwt> workspace =
                new JwtClaimValidator<Object>(properties.workspaceClaim(), CallerTokenVerification::isNonBlankString);
        OAuth2TokenValidator<Jwt> lifetime = new CallerTokenLifetime(properties.maxTokenLifetime(), clock);
        return new DelegatingOAuth2TokenValidator<>(standard, lifetime, workspace);
    }

    private static boolean isNonBlankString(Object value) {
        return value instanceof String text && !text.isBlank();
    }

    private static void requireProductionReady(SecurityProperties properties) {
        if (SecurityProperties.SHIPPED_DEV_SECRET.equals(properties.devSecret())) {
            throw new InsecureSecurityConfigurationException(
                    "The 'prod' profile is active but omnicart.security.dev-secret is the shipped local default, "
                            + "which anyone can use to mint caller tokens.",
                    "Remove omnicart.security.dev-secret (OMNICART_SECURITY_DEV_SECRET) from the production "
                            + "configuration; production verifies callers with the identity provider.");
        }
        if (!properties.hasIdentityProvider()) {
            throw new InsecureSecurityConfigurationException(
                    "The 'prod' profile is active but no identity provider is configured to verify caller tokens.",
                    "Set omnicart.security.jwk-set-uri (OMNICART_SECURITY_JWK_SET_URI) or "
                            + "omnicart.security.issuer-uri (OMNICART_SECURITY_ISSUER_URI).");
        }
    }

    private static void requireUsableDevSecret(SecurityProperties properties) {
        if (secretBytes(properties).length < MIN_SECRET_BYTES) {
            throw new InsecureSecurityConfigurationException(
                    "omnicart.security.dev-secret is missing or shorter than " + MIN_SECRET_BYTES
                            + " bytes, too short for HS256.",
                    "Set omnicart.security.dev-secret (OMNICART_SECURITY_DEV_SECRET) to a random string of at least "
                            + MIN_SECRET_BYTES + " bytes, or configure omnicart.security.jwk-set-uri / issuer-uri.");
        }
    }

    private static byte[] secretBytes(SecurityProperties properties) {
        String secret = properties.devSecret();
        return secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    }
}
