package io.omnicart.adapter.opencart.auth;

import io.omnicart.adapter.opencart.client.OpenCartVersion;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.spi.Secret;
import java.time.Instant;
import java.util.Optional;

/**
 * A native API session: the protocol line the store answered the login with and its {@code api_token} (the PHP session
 * id, reference §4); on 4.1 the token is a placeholder and never sent (calls are signed one by one). Cached as one {@link CachedToken} whose secret value is {@code <version>:<token>}, so a cached
 * session also remembers which routes the store speaks. {@code toString()} masks the token.
 */
public record OpenCartSession(OpenCartVersion version, Secret token) {

    private static final char SEPARATOR = ':';

    public CachedToken toCachedToken(Instant expiresAt) {
        return new CachedToken(Secret.of(version.wire() + SEPARATOR + token.reveal()), expiresAt);
    }

    /** The session a cached token holds, or empty when the value is not one this adapter wrote. */
    public static Optional<OpenCartSession> fromCachedToken(CachedToken cached) {
        String value = cached.value().reveal();
        int separator = value.indexOf(SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        return OpenCartVersion.fromWire(value.substring(0, separator))
                .map(version -> new OpenCartSession(version, Secret.of(value.substring(separator + 1))));
    }

    @Override
    public String toString() {
        return "OpenCartSession[" + version.wire() + ", token=" + token + "]";
    }
}
