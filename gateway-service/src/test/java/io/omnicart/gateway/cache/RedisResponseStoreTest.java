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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

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
    void sealedEntriesOpenOnlyForTheirOwnWorkspace() {
        factory = TestRedis.connect(TestRedis.host(), TestRedis.port());
        RedisResponseStore store = store(fallback());
        CacheKey key = new CacheKey(SCOPE, 0, ResourceKind.DETAIL, "/v1/accounts/acc-1/customers/c1");
        store.put(key, response("{\"email\":\"jane@example.com\"}")).block();

        String raw = TestRedis.template(factory)
                .opsForValue()
                .get(prefix + "response:{ws-1:acc-1}:0:/v1/accounts/acc-1/customers/c1")
                .block();
        CachedResponse read = store.get(key).block();

        assertThat(raw).isNotBlank().doesNotContain("jane@example.com");
        assertThat(new String(read.body(), StandardCharsets.UTF_8)).contains("jane@example.com");
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
        RedisResponseStore store = store(fallback);
        CacheKey key =
                new CacheKey(SCOPE, store.generation(SCOPE).block(), ResourceKind.LIST, "/v1/accounts/acc-1/orders");

        store.put(key, response("{\"data\":[]}")).block();
        assertThat(store.get(key).block()).isNotNull();
        assertThat(fallback.isDown()).isTrue();

        store.evictAccount(SCOPE).block();
        assertThat(store.generation(SCOPE).block()).isEqualTo(key.generation() + 1);
    }

    private RedisResponseStore store(RedisFallback fallback) {
        InMemoryResponseStore local = new InMemoryResponseStore(100, Duration.ofMinutes(10), Clock.systemUTC());
        return new RedisResponseStore(
                TestRedis.template(factory), cipher, fallback, local, prefix, Duration.ofMinutes(10));
    }

    private static RedisFallback fallback() {
        return new RedisFallback(Duration.ofSeconds(1), Duration.ofMinutes(1), new SimpleMeterRegistry());
    }

    private static CachedResponse response(String json) {
        return new CachedResponse(
                json.getBytes(StandardCharsets.UTF_8), "application/json", Instant.now(), Duration.ofSeconds(30));
    }
}
