package io.omnicart.gateway.tokencache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import reactor.core.publisher.Mono;

/**
 * Keeps the gateway serving when Redis is down: a failing Redis command switches every Redis user (token cache,
 * rate-limit buckets) to its in-process fallback, with one WARN and {@code omnicart_redis_fallback} = 1. After {@code
 * retryInterval} the next command probes Redis again; the first success switches back (one INFO).
 */
public class RedisFallback {

    private static final Logger log = LoggerFactory.getLogger(RedisFallback.class);

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong probeAtNanos = new AtomicLong();
    private final Duration commandTimeout;
    private final Duration retryInterval;
    private final Counter fallbacks;

    public RedisFallback(Duration commandTimeout, Duration retryInterval, MeterRegistry registry) {
        this.commandTimeout = commandTimeout;
        this.retryInterval = retryInterval;
        this.fallbacks = Counter.builder("omnicart.redis.fallback.events")
                .description("Switches from Redis to the in-process fallback")
                .register(registry);
        Gauge.builder("omnicart.redis.fallback", down, d -> d.get() ? 1 : 0)
                .description("1 while Redis is unavailable and in-process state is used")
                .register(registry);
    }

    /** Run {@code redis} (bounded by the command timeout), or {@code fallback} when Redis is or turns out down. */
    public <T> Mono<T> call(Mono<T> redis, Supplier<Mono<T>> fallback) {
        return Mono.defer(() -> useRedis()
                ? bounded(redis).doOnSuccess(value -> markUp()).onErrorResume(RedisFallback::isOutage, error -> {
                    markDown(error);
                    return fallback.get();
                })
                : fallback.get());
    }

    /** {@code redis} bounded by the command timeout; a timeout fails with an error {@link #isOutage} recognises. */
    public <T> Mono<T> bounded(Mono<T> redis) {
        return redis.timeout(commandTimeout, Mono.error(() -> new TimeoutException("redis command timed out")));
    }

    /** Whether Redis should be tried now (it is up, or its probe time has come). */
    public boolean useRedis() {
        return !down.get() || System.nanoTime() - probeAtNanos.get() >= 0;
    }

    public boolean isDown() {
        return down.get();
    }

    public static boolean isOutage(Throwable error) {
        return error instanceof DataAccessException
                || error instanceof TimeoutException
                || error instanceof io.lettuce.core.RedisException;
    }

    public void markDown(Throwable error) {
        probeAtNanos.set(System.nanoTime() + retryInterval.toNanos());
        if (down.compareAndSet(false, true)) {
            fallbacks.increment();
            log.warn(
                    "Redis is unavailable ({}): serving from in-process token cache and rate-limit buckets until it is back",
                    error.getClass().getSimpleName());
        }
    }

    public void markUp() {
        if (down.compareAndSet(true, false)) {
            log.info("Redis is back: token cache and rate-limit buckets are shared again");
        }
    }
}
