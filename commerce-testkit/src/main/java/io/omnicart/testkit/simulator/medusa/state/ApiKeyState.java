package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A secret or publishable API key; the full token is shown only on creation. */
public record ApiKeyState(
        String id,
        String token,
        String title,
        String type,
        String createdBy,
        Instant createdAt,
        @Nullable Instant revokedAt) {

    /** Medusa's redacted form: first six characters, three stars, last three. */
    public String redacted() {
        return token.substring(0, 6) + "***" + token.substring(token.length() - 3);
    }
}
