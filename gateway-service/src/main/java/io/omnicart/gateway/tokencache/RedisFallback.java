package io.omnicart.gateway.tokencache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.core.ReactiveRedisTemplate;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Keeps the gateway serving when Redis is down. A failed Redis command is always answered from the in-process fallback
 * (the request never fails for it), but the switch flips only after {@code failureThreshold} consecutive failures, so
 * a single slow command under load does not move every Redis user (token cache, rate-limit buckets, response cache) to
 * in-process state. While switched, no request touches Redis: a background probe ({@code PING}, bounded by the command
 * timeout) runs every {@code retryInterval} and only it switches back. The WARN is logged at most once per {@code
 * LOG_INTERVAL} (with the number of switches in between); {@code omnicart_redis_fallback} is 1 while switched and
 * {@code omnicart_redis_fallback_events_total} counts the switches.
 */
public class RedisFallback implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisFallback.class);
    static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicReference<Disposable> probing = new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong nextWarnNanos = new AtomicLong(System.nanoTime());
    private final AtomicLong unloggedSwitches = new AtomicLong();
    private final Duration commandTimeout;
    private final Duration retryInterval;
    private final int failureThreshold;
    private final Mono<?> probe;
    private final Counter fallbacks;

    /**
     * @param probe a cheap Redis command that succeeds once Redis is back (see {@link #ping}); subscribed anew by every
     *     probe
     */
    public RedisFallback(
            Duration commandTimeout,
            Duration retryInterval,
            int failureThreshold,
            Mono<?> probe,
            MeterRegistry registry) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        this.commandTimeout = commandTimeout;
        this.retryInterval = retryInterval;
        this.failureThreshold = failureThreshold;
        this.probe = probe;
        this.fallbacks = Counter.builder("omnicart.redis.fallback.events")
                .description("Switches from Redis to the in-process fallback")
                .register(registry);
        Gauge.builder("omnicart.redis.fallback", down, d -> d.get() ? 1 : 0)
                .description("1 while Redis is unavailable and in-process state is used")
                .register(registry);
    }

    /** {@code PING} through {@code redis}, the probe of a template's connection. */
    public static Mono<String> ping(ReactiveRedisTemplate<?, ?> redis) {
        return redis.execute(ReactiveRedisConnection::ping).next();
    }

    /**
     * Run {@code redis} (bounded by the command timeout), or {@code fallback} when Redis is switched off or this
     * command fails with an outage.
     */
    public <T> Mono<T> call(Mono<T> redis, Supplier<Mono<T>> fallback) {
        return Mono.defer(() -> useRedis()
                ? bounded(redis).doOnSuccess(value -> recordSuccess()).onErrorResume(RedisFallback::isOutage, error -> {
                    recordFailure(error);
                    return fallback.get();
                })
                : fallback.get());
    }

    /** {@code redis} bounded by the command timeout; a timeout fails with an error {@link #isOutage} recognises. */
    public <T> Mono<T> bounded(Mono<T> redis) {
        return redis.timeout(commandTimeout, Mono.error(() -> new TimeoutException("redis command timed out")));
    }

    /** Whether requests should use Redis now (it has not been switched off, or the probe has switched it back). */
    public boolean useRedis() {
        return !down.get();
    }

    public boolean isDown() {
        return down.get();
    }

    public static boolean isOutage(Throwable error) {
        return error instanceof DataAccessException
                || error instanceof TimeoutException
                || error instanceof io.lettuce.core.RedisException;
    }

    /** A Redis command answered: the run of consecutive failures is over (the switch itself is the probe's). */
    public void recordSuccess() {
        if (consecutiveFailures.get() != 0) {
            consecutiveFailures.set(0);
        }
    }

    /** A Redis command failed with an outage; the {@code failureThreshold}-th in a row switches to the fallback. */
    public void recordFailure(Throwable error) {
        if (consecutiveFailures.incrementAndGet() >= failureThreshold && down.compareAndSet(false, true)) {
            fallbacks.increment();
            warn(error);
            scheduleProbe();
        }
    }

    /** Stops the background probe (the application is shutting down). */
    @Override
    public void close() {
        closed.set(true);
        Disposable running = probing.getAndSet(null);
        if (running != null) {
            running.dispose();
        }
    }

    private void scheduleProbe() {
        if (closed.get()) {
            return;
        }
        Disposable next = Mono.delay(retryInterval)
                .then(Mono.defer(() -> bounded(probe)))
                .thenReturn(Boolean.TRUE)
                .subscribe(answered -> switchBack(), error -> scheduleProbe());
        Disposable previous = probing.getAndSet(next);
        if (previous != null) {
            previous.dispose();
        }
    }

    private void switchBack() {
        consecutiveFailures.set(0);
        probing.set(null);
        if (down.compareAndSet(true, false)) {
            log.info("Redis is back: token cache, rate-limit buckets and response cache are shared again");
        }
    }

    /** At most one WARN per {@link #LOG_INTERVAL}, so a flapping Redis does not flood the log (or its event loop). */
    private void warn(Throwable error) {
        long now = System.nanoTime();
        long allowedAt = nextWarnNanos.get();
        if (now - allowedAt < 0 || !nextWarnNanos.compareAndSet(allowedAt, now + LOG_INTERVAL.toNanos())) {
            unloggedSwitches.incrementAndGet();
            return;
        }
        long unlogged = unloggedSwitches.getAndSet(0);
        log.warn(
                "Redis is unavailable ({} after {} failed commands in a row): serving from in-process token cache,"
                        + " rate-limit buckets and response cache until a probe succeeds{}",
                error.getClass().getSimpleName(),
                failureThreshold,
                unlogged == 0 ? "" : " (" + unlogged + " earlier switches not logged)");
    }
}
