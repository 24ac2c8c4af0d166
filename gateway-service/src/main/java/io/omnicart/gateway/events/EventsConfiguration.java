package io.omnicart.gateway.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.port.ChangeFeedState;
import io.omnicart.gateway.cache.ResponseStore;
import io.omnicart.gateway.routing.AdapterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    EventLog eventLog(FeedProperties properties, ObjectProvider<Clock> clock) {
        return new InMemoryEventLog(
                properties.retention(), properties.maxEventsPerWorkspace(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnProperty(name = "omnicart.events.enabled", havingValue = "true", matchIfMissing = true)
    FeedScheduler feedScheduler(
            AccountResolver accounts,
            AdapterRegistry adapters,
            ChangeFeedState state,
            EventLog log,
            FeedActivity activity,
            FeedMetrics metrics,
            FeedProperties properties,
            ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        AccountPoller poller = new AccountPoller(state, log, metrics, properties, time);
        return new FeedScheduler(accounts, adapters, state, poller, activity, metrics, properties, time);
    }

    @Bean
    EventCacheEviction eventCacheEviction(EventLog log, ResponseStore store) {
        return new EventCacheEviction(log, store);
    }
}
