package io.omnicart.gateway.tokencache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.spi.Secret;
import io.omnicart.gateway.support.RedisServerProcess;
import io.omnicart.gateway.support.TestCipher;
import io.omnicart.gateway.support.TestRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** A dedicated redis-server, killed and restarted under the cache: serving goes on in-process, then back to Redis. */
class RedisOutageTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger logins = new AtomicInteger();
    private final Mono<CachedToken> login = Mono.fromSupplier(() -> new CachedToken(
            Secret.of("jwt-" + logins.incrementAndGet()), Instant.now().plusSeconds(3600)));
    private RedisServerProcess server;
    private LettuceConnectionFactory factory;

    @AfterEach
    void stop() throws InterruptedException {
        if (factory != null) {
            factory.destroy();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void outageFallsBackToInProcessWithOneWarningAndAMetricThenReturnsToRedis() throws Exception {
        server = new RedisServerProcess();
        server.start();
        factory = TestRedis.connect("127.0.0.1", server.port());
        ReactiveStringRedisTemplate redis = TestRedis.template(factory);
        RedisTokenCache cache = cache(redis);

        cache.getOrLogin("acc-1", "medusa:admin-jwt", login, Duration.ofHours(1))
                .block();
        assertThat(redis.hasKey("omnicart:token:{acc-1}:medusa:admin-jwt").block())
                .isTrue();
        assertThat(gauge()).isZero();

        server.kill();
        StepVerifier.create(cache.getOrLogin("acc-2", "medusa:admin-jwt", login, Duration.ofHours(1)))
                .expectNextMatches(token -> token.value().equals(Secret.of("jwt-2")))
                .verifyComplete();
        StepVerifier.create(cache.getOrLogin("acc-2", "medusa:admin-jwt", login, Duration.ofHours(1)))
                .expectNextMatches(token -> token.value().equals(Secret.of("jwt-2")))
                .verifyComplete();
        cache.evictAccount("acc-9").block();
        assertThat(logins).hasValue(2);
        assertThat(gauge()).isEqualTo(1.0);
        assertThat(registry.get("omnicart.redis.fallback.events").counter().count())
                .isEqualTo(1.0);

        server.start();
        Awaitility.await()
                .atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    cache.get("acc-3", "medusa:admin-jwt").block();
                    assertThat(gauge()).isZero();
                });
        cache.getOrLogin("acc-3", "medusa:admin-jwt", login, Duration.ofHours(1))
                .block();
        assertThat(redis.hasKey("omnicart:token:{acc-3}:medusa:admin-jwt").block())
                .isTrue();
        assertThat(registry.get("omnicart.redis.fallback.events").counter().count())
                .isEqualTo(1.0);
    }

    private RedisTokenCache cache(ReactiveStringRedisTemplate redis) {
        TokenCacheProperties properties = TokenCacheFixtures.defaults();
        TokenTtl ttl = new TokenTtl(properties, Clock.systemUTC());
        TokenMetrics metrics = new TokenMetrics(registry);
        RedisFallback fallback = new RedisFallback(
                Duration.ofMillis(500), Duration.ofMillis(300), 3, RedisFallback.ping(redis), registry);
        RedisTokenStore store = new RedisTokenStore(redis, new TestCipher(), "omnicart:", Duration.ofSeconds(5));
        return new RedisTokenCache(
                store, new InMemoryTokenCache(ttl, metrics, 100), fallback, ttl, metrics, properties.redis());
    }

    private double gauge() {
        return registry.get("omnicart.redis.fallback").gauge().value();
    }
}
