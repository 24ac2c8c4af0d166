package io.omnicart.gateway.tokencache;

import io.omnicart.core.port.CachedToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** How long a token may be cached: min(caller's max TTL, platform cap, token expiry − skew); zero means "do not cache". */
public final class TokenTtl {

    private final TokenCacheProperties properties;
    private final Clock clock;

    public TokenTtl(TokenCacheProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public Duration of(String purpose, CachedToken token, Duration maxTtl) {
        Duration untilExpiry =
                Duration.between(clock.instant(), token.expiresAt().minus(properties.expirySkew()));
        Duration ttl = min(maxTtl, untilExpiry);
        Duration cap = properties.tokenTtlCap().forPurpose(purpose);
        ttl = cap == null ? ttl : min(ttl, cap);
        return ttl.isNegative() ? Duration.ZERO : ttl;
    }

    public Instant now() {
        return clock.instant();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
