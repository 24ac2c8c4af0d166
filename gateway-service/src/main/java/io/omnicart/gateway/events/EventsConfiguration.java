package io.omnicart.gateway.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.port.ChangeFeedState;
import io.omnicart.core.port.WebhookRegistry;
import io.omnicart.gateway.cache.ResponseCacheProperties;
import io.omnicart.gateway.cache.ResponseStore;
import io.omnicart.gateway.routing.AdapterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change feed: an in-process event log, the poller and its scheduler (unless {@code omnicart.events.enabled} is
 * false), SSE delivery and cache eviction by events. The feed's state is the store-account database's
 * ({@link ChangeFeedState}, from credential-service).
 */
@Configuration(proxyBeanMethods = false)
public class EventsConfiguration {

    @Bean
    FeedActivity feedActivity(ObjectProvider<Clock> clock) {
        return new FeedActivity(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    FeedMetrics feedMetrics(MeterRegistry registry) {
        return new FeedMetrics(registry);
    }

    @Bean
    @ConditionalOnProperty(name = "omnicart.cache.type", havingValue = "in-memory", matchIfMissing = true)
    EventLog inMemoryEventLog(FeedProperties properties, ObjectProvider<Clock> clock) {
        return new InMemoryEventLog(
                properties.retention(), properties.maxEventsPerWorkspace(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnProperty(name = "omnicart.cache.type", havingValue = "in-memory", matchIfMissing = true)
    FeedLease singleInstanceLease() {
        return FeedLease.single();
    }

    /** With Redis the fleet shares one log (a stream per workspace) and one lease per account. */
    @Bean
    @ConditionalOnProperty(name = "omnicart.cache.type", havingValue = "redis")
    RedisEventLog redisEventLog(
            ReactiveRedisConnectionFactory connections,
            JsonMapper json,
            FeedProperties properties,
            ResponseCacheProperties keys,
            ObjectProvider<Clock> clock) {
        return new RedisEventLog(
                connections,
                json,
                keys.redisKeyPrefix(),
                properties.retention(),
                properties.heartbeat(),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnProperty(name = "omnicart.cache.type", havingValue = "redis")
    FeedLease redisFeedLease(
            ReactiveRedisConnectionFactory connections, FeedProperties properties, ResponseCacheProperties keys) {
        return new RedisFeedLease(
                new ReactiveStringRedisTemplate(connections),
                keys.redisKeyPrefix(),
                properties.pollInterval().multipliedBy(2));
    }

    @Bean
    @ConditionalOnProperty(name = "omnicart.events.enabled", havingValue = "true", matchIfMissing = true)
    FeedScheduler feedScheduler(
            AccountResolver accounts,
            AdapterRegistry adapters,
            ChangeFeedState state,
            EventLog log,
            FeedLease lease,
            FeedActivity activity,
            FeedMetrics metrics,
            FeedProperties properties,
            ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        AccountPoller poller = new AccountPoller(state, log, lease, metrics, properties, time);
        return new FeedScheduler(accounts, adapters, state, poller, activity, metrics, properties, time);
    }

    @Bean
    WebhookDelivery webhookDelivery(
            EventLog log,
            WebhookRegistry registry,
            WebClient.Builder webClients,
            JsonMapper json,
            WebhookProperties properties,
            MeterRegistry meters,
            ObjectProvider<Clock> clock) {
        return new WebhookDelivery(
                log, registry, webClients.build(), json, properties, meters, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    EventCacheEviction eventCacheEviction(EventLog log, ResponseStore store) {
        return new EventCacheEviction(log, store);
    }
}
