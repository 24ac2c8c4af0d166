package io.omnicart.adapter.support.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the {@code exp} claim of an upstream's JWT without verifying it (the upstream does that). */
public final class JwtExpiry {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JwtExpiry() {}

    /** When the token stops being accepted, or empty when it carries no readable {@code exp}. */
    public static Optional<Instant> of(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode exp =
                    JSON.readTree(new String(payload, StandardCharsets.UTF_8)).get("exp");
            return exp != null && exp.isNumber()
                    ? Optional.of(Instant.ofEpochSecond(exp.longValue()))
                    : Optional.empty();
        } catch (IllegalArgumentException | JacksonException unreadable) {
            return Optional.empty();
        }
    }
}
