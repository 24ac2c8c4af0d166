package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/Token?…&returnAsJson=true} (reference §1): {@code expiresIn} in seconds (864000 = 10 days).
 * {@code toString()} masks the token.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumTokenResponse(
        @Nullable String accessToken,
        @Nullable String tokenType,
        @Nullable Long expiresIn) {

    @Override
    public String toString() {
        return "OmniumTokenResponse[accessToken=******, tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
