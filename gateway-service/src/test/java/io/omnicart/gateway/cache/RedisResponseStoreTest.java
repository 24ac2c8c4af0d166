package io.omnicart.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.omnicart.gateway.support.TestCipher;
import io.omnicart.gateway.support.TestRedis;
import io.omnicart.gateway.tokencache.RedisFallback;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveRedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.RedisSerializer;

/** The Redis store on its own: shared and sealed while Redis is up, in-process (with eviction) while it is down. */
class RedisResponseStoreTest {

    private static final AccountScope SCOPE = new AccountScope("ws-1", "acc-1");

    private final TestCipher cipher = new TestCipher();
    private final String prefix = TestRedis.uniquePrefix();
    private LettuceConnectionFactory factory;

    @AfterEach
    void close() {
        factory.destroy();
    }

    @Test
    void sealedEntriesAreRawBytesThatOpenOnlyForTheirOwnWorkspace() {
        factory = TestRedis.connect(TestRedis.host(), TestRedis.port());
        RedisResponseStore store = store(fallback(), Duration.ofSeconds(1));
        CacheKey key = new CacheKey(SCOPE, 0, ResourceKind.DETAIL, "/v1/accounts/acc-1/customers/c1");
        CachedResponse stored = response("{\"email\":\"jane@example.com\"}");
        store.put(key, stored).block();

        byte[] raw = bytes().opsForValue()
                .get(prefix + "response-v2:{ws-1:acc-1}:0:/v1/accounts/acc-1/customers/c1")
                .block();
        CachedResponse read = store.get(key).block();

        assertThat(raw).isNotEmpty();
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("jane@example.com");
        assertThat(raw.length)
                .as("the sealed value itself, not its Base64 text")
                .isLessThan(stored.body().length + 100);
        assertThat(new String(read.body(), StandardCharsets.UTF_8)).contains("jane@example.com");
        assertThat(read.contentType()).isEqualTo("application/json");
        assertThat(read.storedAt()).isEqualTo(stored.storedAt());
        assertThat(read.ttl()).isEqualTo(stored.ttl());
        assertThat(new SealedResponses(cipher).open(new AccountScope("ws-2", "acc-1"), raw))
                .isNull();
    }

    @Test
    void whileRedisIsDownTheInProcessStoreServesAndEvicts() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        factory = TestRedis.connect("127.0.0.1", closedPort);
        RedisFallback fallback = fallback();
        RedisResponseStore store = store(fallback, Duration.ofSeconds(1));
        CacheKey key =
                new CacheKey(SCOPE, store.generation(SCOPE).block(), ResourceKind.LIST, "/v1/accounts/acc-1/orders");

        store.put(key, response("{\"data\":[]}")).block();
        assertThat(store.get(key).block()).isNotNull();
        assertThat(fallback.isDown()).isTrue();

        store.evictAccount(SCOPE).block();
        assertThat(store.generation(SCOPE).block()).isEqualTo(key.generation() + 1);
    }

    @Test
    void aGenerationIsKeptBrieflySoAHitCostsOneRedisRead() {
        factory = TestRedis.connect(TestRedis.host(), TestRedis.port());
        RedisResponseStore store = store(fallback(), Duration.ofMinutes(10));
        String generationKey = prefix + "response-generation:{ws-1:acc-1}";
        assertThat(store.generation(SCOPE).block()).isZero();

        TestRedis.template(factory).opsForValue().set(generationKey, "7").block();

        assertThat(store.generation(SCOPE).block())
                .as("another instance's write is not seen before the generation cache TTL")
                .isZero();
        assertThat(store.generation(new AccountScope("ws-2", "acc-1")).block())
                .as("other scopes are read from Redis")
                .isZero();
    }

    @Test
    void anEvictionThroughThisInstanceIsSeenAtOnce() {
        factory = TestRedis.connect(TestRedis.host(), TestRedis.port());
        RedisResponseStore store = store(fallback(), Duration.ofMinutes(10));
        assertThat(store.generation(SCOPE).block()).isZero();

        store.evictAccount(SCOPE).block();

        assertThat(store.generation(SCOPE).block()).isEqualTo(1);
    }

    @Test
    void anotherInstancesEvictionIsSeenWithinTheGenerationCacheTtl() {
        factory = TestRedis.connect(TestRedis.host(), TestRedis.port());
        RedisResponseStore here = store(fallback(), Duration.ofMillis(200));
        RedisResponseStore there = store(fallback(), Duration.ofMillis(200));
        assertThat(here.generation(SCOPE).block()).isZero();

        there.evictAccount(SCOPE).block();

        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> here.generation(SCOPE).block() == 1L);
    }

    @Test
    void withoutAGenerationCacheEveryLookupReadsRedis() {
        factory = TestRedis.connect(TestRedis.host(), TestRedis.port());
        RedisResponseStore store = store(fallback(), Duration.ZERO);
        assertThat(store.generation(SCOPE).block()).isZero();

        TestRedis.template(factory)
                .opsForValue()
                .set(prefix + "response-generation:{ws-1:acc-1}", "3")
                .block();

        assertThat(store.generation(SCOPE).block()).isEqualTo(3);
    }

    private RedisResponseStore store(RedisFallback fallback, Duration generationCacheTtl) {
        InMemoryResponseStore local = new InMemoryResponseStore(100, Duration.ofMinutes(10), Clock.systemUTC());
        return new RedisResponseStore(
                factory, cipher, fallback, local, prefix, Duration.ofMinutes(10), generationCacheTtl, 100);
    }

    private ReactiveRedisTemplate<String, byte[]> bytes() {
        return new ReactiveRedisTemplate<>(
                factory,
                RedisSerializationContext.<String, byte[]>newSerializationContext(RedisSerializer.string())
                        .value(RedisSerializer.byteArray())
                        .build());
    }

    private RedisFallback fallback() {
        return new RedisFallback(
                Duration.ofSeconds(1),
                Duration.ofMinutes(1),
                3,
                RedisFallback.ping(TestRedis.template(factory)),
                new SimpleMeterRegistry());
    }

    private static CachedResponse response(String json) {
        return new CachedResponse(
                json.getBytes(StandardCharsets.UTF_8), "application/json", Instant.now(), Duration.ofSeconds(30));
    }
}
