package io.omnicart.gateway.tokencache;

import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.omnicart.core.port.SecretCipher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Redis-backed shared state ({@code omnicart.cache.type=redis}): the token cache and the outage fallback switch. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "omnicart.cache.type", havingValue = "redis")
public class RedisTokenCacheConfiguration {

    @Bean
    RedisFallback redisFallback(TokenCacheProperties properties, MeterRegistry registry) {
        TokenCacheProperties.Redis redis = properties.redis();
        return new RedisFallback(redis.commandTimeout(), redis.retryInterval(), registry);
    }

    /** Fail commands at once while disconnected instead of queueing them, so the fallback takes over quickly. */
    @Bean
    LettuceClientOptionsBuilderCustomizer omnicartRejectWhileDisconnected() {
        return builder -> builder.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    RedisTokenCache redisTokenCache(
            ReactiveStringRedisTemplate redis,
            SecretCipher cipher,
            RedisFallback fallback,
            TokenTtl ttl,
            TokenMetrics metrics,
            TokenCacheProperties properties) {
        TokenCacheProperties.Redis settings = properties.redis();
        RedisTokenStore store = new RedisTokenStore(redis, cipher, settings.keyPrefix(), settings.lockTtl());
        InMemoryTokenCache local = new InMemoryTokenCache(ttl, metrics, properties.maxEntries());
        return new RedisTokenCache(store, local, fallback, ttl, metrics, settings);
    }
}
