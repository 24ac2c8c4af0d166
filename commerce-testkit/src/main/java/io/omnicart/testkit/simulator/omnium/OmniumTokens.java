package io.omnicart.testkit.simulator.omnium;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Issues JWT-shaped bearer tokens with an {@code exp} claim and knows which are still valid, and for whom. */
final class OmniumTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Clock clock;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    OmniumTokens(Clock clock) {
        this.clock = clock;
    }

    /** A fresh token for {@code clientId}, valid for {@code lifetime}. */
    String issue(String clientId, Duration lifetime) {
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        String header = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String payload = encode("{\"sub\":\"" + clientId + "\",\"jti\":\"" + UUID.randomUUID() + "\",\"iat\":"
                + now.getEpochSecond() + ",\"exp\":" + expires.getEpochSecond() + "}");
        String token = header + "." + payload + "." + encode(UUID.randomUUID().toString());
        issued.put(token, new Issued(clientId, expires));
        return token;
    }

    /** The API user a still-valid token belongs to. */
    Optional<String> user(String token) {
        Issued entry = issued.get(token);
        if (entry == null || !clock.instant().isBefore(entry.expires())) {
            return Optional.empty();
        }
        return Optional.of(entry.clientId());
    }

    void expireAll() {
        issued.clear();
    }

    private static String encode(String text) {
        return B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private record Issued(String clientId, Instant expires) {}
}
