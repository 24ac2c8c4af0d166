package io.omnicart.gateway.tokencache;

import io.micrometer.core.instrument.MeterRegistry;
import io.omnicart.core.port.TokenCache;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link TokenCache} bean: in-process by default, Redis with {@code omnicart.cache.type=redis}. */
@Configuration(proxyBeanMethods = false)
public class TokenCacheConfiguration {

    @Bean
    TokenTtl tokenTtl(TokenCacheProperties properties, ObjectProvider<Clock> clock) {
        return new TokenTtl(properties, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    TokenMetrics tokenMetrics(MeterRegistry registry) {
        return new TokenMetrics(registry);
    }

    @Bean
    @ConditionalOnProperty(name = "omnicart.cache.type", havingValue = "in-memory", matchIfMissing = true)
    InMemoryTokenCache inMemoryTokenCache(TokenTtl ttl, TokenMetrics metrics, TokenCacheProperties properties) {
        return new InMemoryTokenCache(ttl, metrics, properties.maxEntries());
    }
}
