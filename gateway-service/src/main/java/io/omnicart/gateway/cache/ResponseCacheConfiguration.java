package io.omnicart.gateway.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.omnicart.core.port.SecretCipher;
import io.omnicart.gateway.tokencache.RedisFallback;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;

/** The response cache: in-process by default, Redis (with in-process fallback) with {@code omnicart.cache.type=redis}. */
@Configuration(proxyBeanMethods = false)
public class ResponseCacheConfiguration {

    @Bean
    ResponseCacheFilter responseCacheFilter(
            ResponseStore store,
            ResponseCacheProperties properties,
            MeterRegistry registry,
            ObjectProvider<Clock> clock) {
        return new ResponseCacheFilter(
                store, properties, new CacheMetrics(registry), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnProperty(name = "omnicart.cache.type", havingValue = "in-memory", matchIfMissing = true)
    ResponseStore inMemoryResponseStore(ResponseCacheProperties properties, ObjectProvider<Clock> clock) {
        return local(properties, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "omnicart.cache.type", havingValue = "redis")
    ResponseStore redisResponseStore(
            ReactiveRedisConnectionFactory connections,
            SecretCipher cipher,
            RedisFallback fallback,
            ResponseCacheProperties properties,
            ObjectProvider<Clock> clock) {
        return new RedisResponseStore(
                connections,
                cipher,
                fallback,
                local(properties, clock),
                properties.redisKeyPrefix(),
                longestTtl(properties),
                properties.generationCacheTtl(),
                properties.maxEntries());
    }

    private static InMemoryResponseStore local(ResponseCacheProperties properties, ObjectProvider<Clock> clock) {
        return new InMemoryResponseStore(
                properties.maxEntries(), longestTtl(properties), clock.getIfAvailable(Clock::systemUTC));
    }

    static Duration longestTtl(ResponseCacheProperties properties) {
        ResponseCacheProperties.Ttl ttl = properties.ttl();
        return Stream.of(ttl.lists(), ttl.details(), ttl.settings(), ttl.overview(), ttl.capabilities())
                .max(Duration::compareTo)
                .orElseThrow();
    }
}
