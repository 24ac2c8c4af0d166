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
    RedisFallback redisFallback(
            TokenCacheProperties properties, ReactiveStringRedisTemplate redis, MeterRegistry registry) {
        TokenCacheProperties.Redis settings = properties.redis();
        return new RedisFallback(
                settings.commandTimeout(),
                settings.retryInterval(),
                settings.failureThreshold(),
                RedisFallback.ping(redis),
                registry);
    }

    /**
     * Fail commands at once while disconnected instead of queueing them, so the fallback takes over quickly; and emit
     * replies on Lettuce's computation threads, not on the connection's I/O thread. All reactive commands share one
     * connection (Lettuce pipelines them on it: commands are written without waiting for earlier replies, so a second
     * connection would not add throughput), and that connection has one I/O thread: without {@code
     * publishOnScheduler} whatever a request does after its Redis reply (the rest of the filter chain, the adapter
     * call, unsealing a cached response) runs on that one thread, and the replies of every other request queue behind
     * it until they exceed the command timeout.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer omnicartRedisClientOptions() {
        return builder -> builder.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .publishOnScheduler(true);
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
