package io.omnicart.adapter.demo.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.adapter.demo.DemoAdapter;
import io.omnicart.adapter.demo.DemoFixtures;
import io.omnicart.core.model.OverviewQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DemoAutoConfigurationTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(DemoAutoConfiguration.class));

    @Test
    void isListedAsAnAutoConfiguration() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(DemoAutoConfiguration.class.getName());
    }

    @Test
    void registersTheDemoAdapterByDefaultOnTheSystemClock() {
        runner.run(context -> {
            DemoAdapter adapter = context.getBean(DemoAdapter.class);
            Instant asOf = adapter.overview(DemoFixtures.STORE, new OverviewQuery(Duration.ofDays(30)))
                    .block()
                    .asOf()
                    .toInstant();
            assertThat(asOf)
                    .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
        });
    }

    @Test
    void usesTheApplicationClockWhenThereIsOne() {
        Clock fixed = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);
        runner.withBean(Clock.class, () -> fixed).run(context -> {
            DemoAdapter adapter = context.getBean(DemoAdapter.class);
            assertThat(adapter.overview(DemoFixtures.STORE, new OverviewQuery(Duration.ofDays(7)))
                            .block()
                            .asOf()
                            .toInstant())
                    .isEqualTo(fixed.instant());
        });
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("omnicart.demo.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoAdapter.class));
    }
}
