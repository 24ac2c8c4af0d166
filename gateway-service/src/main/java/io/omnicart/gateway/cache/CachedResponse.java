package io.omnicart.gateway.cache;

import java.time.Duration;
import java.time.Instant;

/** A cached 200 response: its JSON body, content type, when it was stored and for how long it is served. */
public record CachedResponse(byte[] body, String contentType, Instant storedAt, Duration ttl) {

    public Instant expiresAt() {
        return storedAt.plus(ttl);
    }

    public boolean isFresh(Instant now) {
        return now.isBefore(expiresAt());
    }

    /** Whether {@code share} of the TTL has passed (the entry should be refreshed soon). */
    public boolean isAging(Instant now, double share) {
        return !now.isBefore(storedAt.plusMillis((long) (ttl.toMillis() * share)));
    }

    public long ageSeconds(Instant now) {
        return Math.max(0, Duration.between(storedAt, now).toSeconds());
    }
}
