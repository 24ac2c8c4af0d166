package io.omnicart.gateway.support;

import io.lettuce.core.ClientOptions;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The shared test Redis: {@code OMNICART_TEST_REDIS_URL} (e.g. {@code redis://127.0.0.1:6379}) or 127.0.0.1:6379. A
 * missing Redis fails the tests that need it; nothing is skipped. Every test run uses its own key prefix.
 */
public final class TestRedis {

    private TestRedis() {}

    public static URI url() {
        String url = System.getenv("OMNICART_TEST_REDIS_URL");
        return URI.create(url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url);
    }

    public static String host() {
        return url().getHost();
    }

    public static int port() {
        return url().getPort() < 0 ? 6379 : url().getPort();
    }

    /** A key prefix no other test run shares. */
    public static String uniquePrefix() {
        return "omnicart-test:" + UUID.randomUUID() + ":";
    }

    public static LettuceConnectionFactory connect(String host, int port) {
        LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                .clientOptions(ClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .build())
                .build();
        LettuceConnectionFactory factory =
                new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port), client);
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    public static ReactiveStringRedisTemplate template(LettuceConnectionFactory factory) {
        return new ReactiveStringRedisTemplate(factory);
    }
}
