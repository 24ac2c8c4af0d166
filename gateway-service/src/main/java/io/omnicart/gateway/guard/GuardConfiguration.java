package io.omnicart.gateway.guard;

import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.omnicart.core.port.AccountStatusRecorder;
import io.omnicart.gateway.api.problem.ProblemResponder;
import io.omnicart.gateway.tokencache.RedisFallback;
import io.omnicart.gateway.tokencache.TokenCacheProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The upstream guard (an {@code AdapterDecorator}), the rate-limit buckets, the caller limit and the HTTP limits. */
@Configuration(proxyBeanMethods = false)
public class GuardConfiguration {

    @Bean
    GuardMetrics guardMetrics(MeterRegistry registry) {
        return new GuardMetrics(registry);
    }

    @Bean
    LocalTokenBuckets localTokenBuckets(UpstreamProperties properties, ObjectProvider<Clock> clock) {
        return new LocalTokenBuckets(
                clock.getIfAvailable(Clock::systemUTC),
                properties.accounts().idleEviction(),
                properties.accounts().maxAccounts());
    }

    @Bean
    @ConditionalOnProperty(name = "omnicart.cache.type", havingValue = "redis")
    RedisTokenBuckets redisTokenBuckets(
            ReactiveStringRedisTemplate redis,
            RedisFallback fallback,
            LocalTokenBuckets local,
            TokenCacheProperties cache) {
        return new RedisTokenBuckets(redis, fallback, local, cache.redis().keyPrefix());
    }

    @Bean
    RateShaper rateShaper(
            ObjectProvider<RedisTokenBuckets> redis, LocalTokenBuckets local, UpstreamProperties properties) {
        return new RateShaper(buckets(redis, local), properties);
    }

    @Bean
    UpstreamHttpClientCustomizer upstreamHttpClientCustomizer(UpstreamProperties properties, RateShaper shaper) {
        return new UpstreamHttpClientCustomizer(properties.http(), shaper);
    }

    @Bean
    RetryPolicies retryPolicies(UpstreamProperties properties, GuardMetrics metrics, MeterRegistry registry) {
        RetryRegistry retries = RetryRegistry.ofDefaults();
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(registry);
        return new RetryPolicies(retries, properties, metrics);
    }

    @Bean
    UpstreamGuard upstreamGuard(
            UpstreamProperties properties,
            RetryPolicies retries,
            GuardMetrics metrics,
            ObjectProvider<AccountStatusRecorder> recorder,
            ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        AccountGuards guards = new AccountGuards(properties, metrics, time);
        AccountStatusReporter status = new AccountStatusReporter(recorder, Duration.ofMinutes(5));
        return new UpstreamGuard(guards, retries, properties, metrics, status, time);
    }

    @Bean
    UpstreamGuardDecorator upstreamGuardDecorator(UpstreamGuard guard) {
        return new UpstreamGuardDecorator(guard);
    }

    @Bean
    CallerRateLimitFilter callerRateLimitFilter(
            ObjectProvider<RedisTokenBuckets> redis,
            LocalTokenBuckets local,
            CallerRateLimitProperties properties,
            ProblemResponder problems,
            GuardMetrics metrics) {
        return new CallerRateLimitFilter(buckets(redis, local), properties, problems, metrics);
    }

    /** Redis buckets when shared state lives in Redis, the in-process ones otherwise. */
    private static TokenBuckets buckets(ObjectProvider<RedisTokenBuckets> redis, LocalTokenBuckets local) {
        TokenBuckets shared = redis.getIfAvailable();
        return shared == null ? local : shared;
    }
}
