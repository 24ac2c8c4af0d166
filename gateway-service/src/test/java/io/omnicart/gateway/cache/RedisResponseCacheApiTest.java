package io.omnicart.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.gateway.support.TestRedis;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** {@code omnicart.cache.type=redis} on the shared test Redis: entries are shared, sealed, and evicted by writes. */
class RedisResponseCacheApiTest extends CacheApiSupport {

    static final String PREFIX = TestRedis.uniquePrefix();

    @Autowired
    ReactiveStringRedisTemplate redis;

    @DynamicPropertySource
    static void redisCache(DynamicPropertyRegistry registry) {
        registry.add("omnicart.cache.type", () -> "redis");
        registry.add("omnicart.cache.redis.key-prefix", () -> PREFIX);
        registry.add("omnicart.response-cache.redis-key-prefix", () -> PREFIX);
        registry.add("spring.data.redis.host", TestRedis::host);
        registry.add("spring.data.redis.port", TestRedis::port);
    }

    @Test
    void entriesLiveInRedisSealedSoNoCustomerDataIsReadable() {
        String order = pendingOrder();
        EntityExchangeResult<String> first = get("/orders/" + order);
        String email = json(first.getResponseBody()).path("email").asString();
        EntityExchangeResult<String> second = get("/orders/" + order);

        assertThat(email).contains("@");
        assertThat(xCache(second)).isEqualTo("hit");
        assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());
        List<String> keys = keys();
        assertThat(keys).isNotEmpty();
        assertThat(keys)
                .allSatisfy(key -> assertThat(redis.opsForValue().get(key).block())
                        .doesNotContain(email)
                        .doesNotContain(order)
                        .doesNotContain("\"status\""));
    }

    @Test
    void anActionEvictsTheSharedEntries() {
        String order = pendingOrder();
        get("/orders/" + order);
        assertThat(xCache(get("/orders/" + order))).isEqualTo("hit");

        post("/orders/" + order + "/complete");
        EntityExchangeResult<String> after = get("/orders/" + order);

        assertThat(xCache(after)).isEqualTo("miss");
        assertThat(json(after.getResponseBody()).path("status").asString()).isEqualTo("completed");
        assertThat(redis.opsForValue()
                        .get(PREFIX + "response-generation:{" + workspace + ":" + account + "}")
                        .block())
                .isEqualTo("1");
    }

    private List<String> keys() {
        ScanOptions scan = ScanOptions.scanOptions()
                .match(PREFIX + "response-v2:{" + workspace + ":" + account + "}:*")
                .count(1000)
                .build();
        return redis.scan(scan).collectList().block();
    }
}
