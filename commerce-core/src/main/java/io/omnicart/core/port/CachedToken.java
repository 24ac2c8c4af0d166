package io.omnicart.core.port;

import io.omnicart.core.spi.Secret;
import java.time.Instant;

/** An upstream access token (or session id) and when the store stops accepting it. */
public record CachedToken(Secret value, Instant expiresAt) {}
