package io.omnicart.gateway.tokencache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.omnicart.core.error.UpstreamTimeout;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.SecretCipher;
import io.omnicart.core.spi.Secret;
import io.omnicart.gateway.support.TestCipher;
import io.omnicart.gateway.support.TestRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Against the shared test Redis (see {@link TestRedis}); each test run has its own key prefix. */
class RedisTokenCacheTest {

    private static LettuceConnectionFactory factory;
    private static ReactiveStringRedisTemplate redis;

    private final String prefix = TestRedis.uniquePrefix();
    private final SecretCipher cipher = new TestCipher();
    private final AtomicInteger logins = new AtomicInteger();
    private final Mono<CachedToken> slowLogin = Mono.delay(Duration.ofMillis(200))
            .map(tick -> new CachedToken(
                    Secret.of("jwt-" + logins.incrementAndGet()), Instant.now().plusSeconds(3600)));

    @BeforeAll
    static void connect() {
        factory = TestRedis.connect(TestRedis.host(), TestRedis.port());
        redis = TestRedis.template(factory);
        StepVerifier.create(redis.opsForValue().set("omnicart-test:ping", "pong"))
                .as("the test Redis at " + TestRedis.url() + " must be running")
                .expectNext(true)
                .verifyComplete();
    }

    @AfterAll
    static void disconnect() {
        factory.destroy();
    }

    /** One "gateway instance": its own in-process cache, in-flight map and fallback switch. */
    private RedisTokenCache instance(TokenCacheProperties properties) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TokenTtl ttl = new TokenTtl(properties, Clock.systemUTC());
        TokenMetrics metrics = new TokenMetrics(registry);
        RedisFallback fallback = new RedisFallback(
                Duration.ofMillis(500), Duration.ofMillis(300), 3, RedisFallback.ping(redis), registry);
        RedisTokenStore store =
                new RedisTokenStore(redis, cipher, properties.redis().keyPrefix(), Duration.ofSeconds(5));
        return new RedisTokenCache(
                store, new InMemoryTokenCache(ttl, metrics, 100), fallback, ttl, metrics, properties.redis());
    }

    @Test
    void twoInstancesShareOneLoginForTwoHundredConcurrentColdCalls() {
        RedisTokenCache first = instance(TokenCacheFixtures.withRedisPrefix(prefix));
        RedisTokenCache second = instance(TokenCacheFixtures.withRedisPrefix(prefix));

        List<CachedToken> tokens = Flux.range(0, 200)
                .flatMap(
                        i -> (i % 2 == 0 ? first : second)
                                .getOrLogin("acc-1", "medusa:admin-jwt", slowLogin, Duration.ofMinutes(55)),
                        200)
                .collectList()
                .block(Duration.ofSeconds(20));

        assertThat(logins).hasValue(1);
        assertThat(tokens).hasSize(200).allMatch(token -> token.value().equals(Secret.of("jwt-1")));
    }

    @Test
    void tokensAreStoredEncryptedAndBoundToTheAccount() {
        RedisTokenCache cache = instance(TokenCacheFixtures.withRedisPrefix(prefix));
        CachedToken token =
                new CachedToken(Secret.of("super-secret-jwt"), Instant.now().plusSeconds(3600));
        cache.put("acc-1", "medusa:admin-jwt", token, Duration.ofHours(1)).block();

        String raw = redis.opsForValue()
                .get(prefix + "token:{acc-1}:medusa:admin-jwt")
                .block();
        assertThat(raw).isNotBlank().doesNotContain("super-secret-jwt");
        Long ttl = redis.getExpire(prefix + "token:{acc-1}:medusa:admin-jwt")
                .map(Duration::toSeconds)
                .block();
        assertThat(ttl).isBetween(3290L, 3300L); // the 55 min Medusa cap, shorter than expiry − 60 s skew

        redis.opsForValue().set(prefix + "token:{acc-2}:medusa:admin-jwt", raw).block();
        StepVerifier.create(cache.get("acc-2", "medusa:admin-jwt")).verifyComplete();
        StepVerifier.create(cache.get("acc-1", "medusa:admin-jwt"))
                .expectNext(token)
                .verifyComplete();
    }

    @Test
    void evictAccountRemovesEveryPurpose() {
        RedisTokenCache cache = instance(TokenCacheFixtures.withRedisPrefix(prefix));
        CachedToken token = new CachedToken(Secret.of("t"), Instant.now().plusSeconds(3600));
        Flux.concat(
                        cache.put("acc-1", "medusa:admin-jwt", token, Duration.ofHours(1)),
                        cache.put("acc-1", "omnium:bearer", token, Duration.ofHours(1)),
                        cache.put("acc-2", "medusa:admin-jwt", token, Duration.ofHours(1)))
                .blockLast();

        cache.evictAccount("acc-1").block();

        assertThat(redis.keys(prefix + "token*{acc-1}*").collectList().block()).isEmpty();
        StepVerifier.create(cache.get("acc-1", "omnium:bearer")).verifyComplete();
        StepVerifier.create(cache.get("acc-2", "medusa:admin-jwt"))
                .expectNext(token)
                .verifyComplete();
    }

    @Test
    void waitersGiveUpWithAClearErrorWhenAnotherInstanceNeverFinishesItsLogin() {
        TokenCacheProperties base = TokenCacheFixtures.withRedisPrefix(prefix);
        TokenCacheProperties impatient = new TokenCacheProperties(
                base.type(),
                base.expirySkew(),
                base.maxEntries(),
                base.tokenTtlCap(),
                new TokenCacheProperties.Redis(
                        prefix,
                        Duration.ofSeconds(10),
                        Duration.ofMillis(300),
                        Duration.ofMillis(20),
                        Duration.ofMillis(500),
                        Duration.ofMillis(300),
                        3));
        redis.opsForValue()
                .set(prefix + "token-lock:{acc-1}:medusa:admin-jwt", "other-instance", Duration.ofSeconds(10))
                .block();

        StepVerifier.create(instance(impatient).getOrLogin("acc-1", "medusa:admin-jwt", slowLogin, Duration.ofHours(1)))
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(UpstreamTimeout.class)
                        .hasMessageContaining("another gateway instance"))
                .verify(Duration.ofSeconds(5));
        assertThat(logins).hasValue(0);
    }

    @Test
    void failedLoginReleasesTheLockSoTheNextCallerCanLogIn() {
        RedisTokenCache cache = instance(TokenCacheFixtures.withRedisPrefix(prefix));
        StepVerifier.create(cache.getOrLogin(
                        "acc-1", "medusa:admin-jwt", Mono.error(new IllegalStateException("no")), Duration.ofHours(1)))
                .verifyErrorMessage("no");
        StepVerifier.create(cache.getOrLogin("acc-1", "medusa:admin-jwt", slowLogin, Duration.ofHours(1)))
                .expectNextCount(1)
                .verifyComplete();
        assertThat(logins).hasValue(1);
    }
}
