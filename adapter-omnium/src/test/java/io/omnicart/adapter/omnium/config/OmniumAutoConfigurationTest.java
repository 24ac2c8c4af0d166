package io.omnicart.adapter.omnium.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.omnium.OmniumAdapter;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.ContractTokenCache;
import io.omnicart.testkit.simulator.omnium.OmniumSimulator;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Mono;

class OmniumAutoConfigurationTest {

    private static OmniumSimulator simulator;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, OmniumAutoConfiguration.class));

    @BeforeAll
    static void start() {
        simulator = OmniumSimulator.standard();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void contributesTheOmniumAdapterWithItsCapabilities() {
        runner.withBean(TokenCache.class, ContractTokenCache::new).run(context -> {
            assertThat(context).hasSingleBean(OmniumAdapter.class);
            CommerceAdapter adapter = context.getBean(CommerceAdapter.class);
            assertThat(adapter.platform()).isEqualTo(Platform.OMNIUM);
            assertThat(adapter.capabilities())
                    .contains(Capability.ORDERS_READ, Capability.ORDER_SHIP, Capability.PASSTHROUGH)
                    .doesNotContain(Capability.COLLECTIONS_WRITE);
        });
    }

    @Test
    void buildsItsWebClientFromTheBuilderSoCustomizersApply() {
        AtomicInteger seen = new AtomicInteger();
        WebClientCustomizer counting = builder -> builder.filter(ExchangeFilterFunction.ofRequestProcessor(request -> {
            seen.incrementAndGet();
            return Mono.just(request);
        }));
        runner.withBean(WebClientCustomizer.class, () -> counting).run(context -> {
            OmniumAdapter adapter = context.getBean(OmniumAdapter.class);
            StoreConnection store =
                    new StoreConnection("acc_1", "ws_1", Platform.OMNIUM, simulator.baseUrl(), simulator.credentials());

            assertThat(adapter.verify(store).block(Duration.ofSeconds(10)).name())
                    .isEqualTo(simulator.seeded().seed().storeName());
            assertThat(seen.get()).as("token call and stores").isEqualTo(2);
        });
    }

    @Test
    void canBeSwitchedOffAndValidatesItsSettings() {
        runner.withPropertyValues("omnicart.omnium.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(OmniumAdapter.class));
        runner.withPropertyValues("omnicart.omnium.inventory-batch=5000")
                .run(context -> assertThat(context).hasFailed());
    }
}
