package io.omnicart.credential.support;

import io.omnicart.core.spi.CommerceAdapter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * credential-service as the gateway runs it (auto-configuration, R2DBC, WebClient), plus the test Medusa adapter and
 * an in-memory token cache. {@link #start} boots one instance with the given properties.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApplication {

    @Bean
    MemoryTokenCache tokenCache() {
        return new MemoryTokenCache();
    }

    @Bean
    CommerceAdapter stubMedusaAdapter(WebClient.Builder builder, MemoryTokenCache tokenCache) {
        return StubMedusaAdapter.create(builder, tokenCache);
    }

    public static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return start(properties, new Class<?>[0]);
    }

    /** As {@link #start(Map)}, with {@code extraSources} (e.g. {@link RepositoryCalls}) registered too. */
    public static ConfigurableApplicationContext start(Map<String, Object> properties, Class<?>... extraSources) {
        Map<String, Object> all = new HashMap<>(properties);
        all.putIfAbsent("spring.main.banner-mode", "off");
        return new SpringApplicationBuilder(TestApplication.class)
                .sources(extraSources)
                .web(WebApplicationType.NONE)
                .properties(all)
                .run();
    }
}
