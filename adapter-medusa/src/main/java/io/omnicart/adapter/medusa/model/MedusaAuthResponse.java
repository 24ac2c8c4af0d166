package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The answer of {@code POST /auth/user/emailpass}; only {@code token} alone means logged in (reference §2.1). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaAuthResponse(
        @Nullable String token,
        @Nullable String location,
        @Nullable Boolean mfaRequired,
        @Nullable Boolean verificationRequired) {

    /** Never prints the token. */
    @Override
    public String toString() {
        return "MedusaAuthResponse[token=" + (token == null ? "null" : "******") + ", location=" + location
                + ", mfaRequired=" + mfaRequired + ", verificationRequired=" + verificationRequired + "]";
    }
}
