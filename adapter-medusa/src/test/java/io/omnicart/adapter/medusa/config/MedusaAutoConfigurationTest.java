package io.omnicart.adapter.medusa.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.medusa.MedusaAdapter;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.contract.ContractTokenCache;
import io.omnicart.testkit.simulator.medusa.MedusaSimulator;
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

class MedusaAutoConfigurationTest {

    private static MedusaSimulator simulator;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, MedusaAutoConfiguration.class));

    @BeforeAll
    static void start() {
        simulator = MedusaSimulator.standard();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void contributesTheMedusaAdapter() {
        runner.withBean(TokenCache.class, ContractTokenCache::new).run(context -> {
            assertThat(context).hasSingleBean(MedusaAdapter.class);
            assertThat(context.getBean(CommerceAdapter.class).platform()).isEqualTo(Platform.MEDUSA);
        });
    }

    @Test
    void buildsItsWebClientFromTheBuilderSoCustomizersApply() {
        AtomicInteger seen = new AtomicInteger();
        WebClientCustomizer counting = builder -> builder.filter(ExchangeFilterFunction.ofRequestProcessor(request -> {
            seen.incrementAndGet();
            return reactor.core.publisher.Mono.just(request);
        }));
        runner.withBean(WebClientCustomizer.class, () -> counting).run(context -> {
            MedusaAdapter adapter = context.getBean(MedusaAdapter.class);
            StoreConnection store = new StoreConnection(
                    "acc_1", "ws_1", Platform.MEDUSA, simulator.baseUrl(), simulator.emailPasswordCredentials());

            assertThat(adapter.verify(store).block(Duration.ofSeconds(10)).name())
                    .isEqualTo("OmniCart Test Store");
            assertThat(seen.get())
                    .as("login and store read went through the customized client")
                    .isEqualTo(2);
        });
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("omnicart.medusa.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MedusaAdapter.class));
    }

    @Test
    void bindsItsSettings() {
        runner.withPropertyValues("omnicart.medusa.overview.cache-ttl=0s", "omnicart.medusa.concurrency=8")
                .run(context -> {
                    MedusaProperties properties = context.getBean(MedusaProperties.class);
                    assertThat(properties.settings().overviewCacheTtl()).isZero();
                    assertThat(properties.settings().concurrency()).isEqualTo(8);
                    assertThat(properties.settings().tokenTtl()).isEqualTo(Duration.ofMinutes(55));
                });
    }

    @Test
    void refusesSettingsOutOfRange() {
        runner.withPropertyValues("omnicart.medusa.concurrency=0")
                .run(context -> assertThat(context).hasFailed());
    }
}
