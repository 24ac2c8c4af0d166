package io.omnicart.gateway.tokencache;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Platform;
import io.omnicart.core.port.SecretCipher;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.gateway.GatewayApplication;
import io.omnicart.gateway.guard.sim.FaultyUpstream;
import io.omnicart.gateway.guard.sim.SimulatedStoreAdapter;
import io.omnicart.gateway.routing.AdapterDecorator;
import io.omnicart.gateway.support.TestCipher;
import io.omnicart.gateway.support.TestRedis;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Two gateway application contexts (two "instances") sharing one real Redis: 200 concurrent cold calls for one account,
 * half through each instance, cause exactly one upstream login.
 */
class FleetLoginTest {

    private static final SecretKey FLEET_KEY = TestCipher.generateKey();

    private final String prefix = TestRedis.uniquePrefix();
    private final FaultyUpstream store = new FaultyUpstream();
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    /** Every instance of a fleet shares the credential key, as production instances share the keyset. */
    @Configuration(proxyBeanMethods = false)
    static class FleetCipher {
        @Bean
        @Primary
        SecretCipher fleetCipher() {
            return new TestCipher(FLEET_KEY);
        }
    }

    @AfterEach
    void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
        store.close();
    }

    private ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(GatewayApplication.class, FleetCipher.class)
                .run(
                        "--server.port=0",
                        "--omnicart.cache.type=redis",
                        "--omnicart.cache.redis.key-prefix=" + prefix,
                        "--spring.data.redis.host=" + TestRedis.host(),
                        "--spring.data.redis.port=" + TestRedis.port());
    }

    private static CommerceAdapter guardedAdapter(ConfigurableApplicationContext context) {
        CommerceAdapter adapter =
                new SimulatedStoreAdapter(context.getBean(WebClient.Builder.class), context.getBean(TokenCache.class));
        for (AdapterDecorator decorator :
                context.getBeanProvider(AdapterDecorator.class).orderedStream().toList()) {
            adapter = decorator.decorate(adapter);
        }
        return adapter;
    }

    @Test
    void twoHundredConcurrentColdRequestsThroughTwoInstancesCauseExactlyOneLogin() {
        first = instance();
        second = instance();
        assertThat(first.getBean(TokenCache.class)).isInstanceOf(RedisTokenCache.class);
        store.loginDelay(Duration.ofMillis(300));
        StoreConnection account = new StoreConnection(
                "acc-fleet", "ws-1", Platform.MEDUSA, URI.create(store.baseUrl()), new Credentials.None());
        List<CommerceAdapter> instances = List.of(guardedAdapter(first), guardedAdapter(second));

        List<Long> answers = Flux.range(0, 200)
                .flatMap(
                        i -> instances
                                .get(i % 2)
                                .getInventory(account, List.of("SKU-1"))
                                .count(),
                        200)
                .collectList()
                .block(Duration.ofSeconds(60));

        assertThat(answers).hasSize(200).containsOnly(1L);
        assertThat(store.logins).hasValue(1);
        assertThat(store.reads).hasValue(200);
    }
}
