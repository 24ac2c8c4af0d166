package io.omnicart.adapter.demo.config;

import io.omnicart.adapter.demo.DemoAdapter;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** Contributes the demo store ({@code omnicart.demo.enabled}, on by default), on the application's clock if any. */
@AutoConfiguration
@ConditionalOnProperty(prefix = "omnicart.demo", name = "enabled", matchIfMissing = true)
public class DemoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public DemoAdapter demoAdapter(ObjectProvider<Clock> clock) {
        return new DemoAdapter(clock.getIfAvailable(Clock::systemUTC));
    }
}
