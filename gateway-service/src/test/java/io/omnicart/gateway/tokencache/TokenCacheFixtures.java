package io.omnicart.gateway.tokencache;

import java.time.Duration;

/** Properties with their defaults, for tests that build caches by hand. */
final class TokenCacheFixtures {

    private TokenCacheFixtures() {}

    static TokenCacheProperties defaults() {
        return withRedisPrefix("omnicart:");
    }

    static TokenCacheProperties withRedisPrefix(String prefix) {
        return new TokenCacheProperties(
                TokenCacheProperties.Type.IN_MEMORY,
                Duration.ofSeconds(60),
                1000,
                new TokenCacheProperties.PlatformCaps(
                        Duration.ofMinutes(55), Duration.ofDays(10), Duration.ofMinutes(20)),
                new TokenCacheProperties.Redis(
                        prefix,
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(15),
                        Duration.ofMillis(20),
                        Duration.ofMillis(500),
                        Duration.ofMillis(300),
                        3));
    }
}
