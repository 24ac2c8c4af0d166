package io.omnicart.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Every caller token must end: an {@code exp} claim is required, an {@code iat} may not lie in the future beyond a
 * small clock skew, and the lifetime ({@code exp − iat}, or {@code exp − now} without {@code iat}) may not exceed
 * {@code omnicart.security.max-token-lifetime}. The standard validators only check an {@code exp} that is present.
 */
final class CallerTokenLifetime implements OAuth2TokenValidator<Jwt> {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    static final String MISSING_EXP = "The bearer token has no 'exp' (expiry) claim; every caller token must expire.";
    static final String FUTURE_IAT = "The bearer token's 'iat' (issued-at) claim lies in the future.";
    static final String TOO_LONG =
            "The bearer token lives longer (exp - iat) than the gateway allows (omnicart.security.max-token-lifetime).";

    /** The details this validator gives; they are safe to show the caller. */
    static final Set<String> DETAILS = Set.of(MISSING_EXP, FUTURE_IAT, TOO_LONG);

    private final Duration maxLifetime;
    private final Clock clock;

    CallerTokenLifetime(Duration maxLifetime, Clock clock) {
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant expiresAt = token.getExpiresAt();
        Instant now = clock.instant();
        if (expiresAt == null) {
            return failure(MISSING_EXP);
        }
        Instant issuedAt = issuedAt(token, expiresAt);
        if (issuedAt != null && issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return failure(FUTURE_IAT);
        }
        Instant from = issuedAt == null ? now : issuedAt;
        if (Duration.between(from, expiresAt).compareTo(maxLifetime) > 0) {
            return failure(TOO_LONG);
        }
        return OAuth2TokenValidatorResult.success();
    }

    /**
     * The token's own {@code iat}, or null: Spring's claim-set converter fills a missing {@code iat} with {@code exp −
     * 1 s}, which is not the issuer's statement.
     */
    private static @Nullable Instant issuedAt(Jwt token, Instant expiresAt) {
        Instant issuedAt = token.getIssuedAt();
        return issuedAt == null || issuedAt.equals(expiresAt.minusSeconds(1)) ? null : issuedAt;
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
