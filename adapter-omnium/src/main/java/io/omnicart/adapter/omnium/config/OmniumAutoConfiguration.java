package io.omnicart.adapter.omnium.config;

import io.omnicart.adapter.omnium.OmniumAdapter;
import io.omnicart.core.port.TokenCache;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Contributes the Omnium adapter ({@code omnicart.omnium.enabled}, on by default). Its WebClient is built from Spring's
 * {@link WebClient.Builder} so every {@code WebClientCustomizer} applies (the gateway's timeouts and body limit, the
 * credential service's address checks); access tokens go to the application's {@link TokenCache}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration")
@ConditionalOnProperty(prefix = "omnicart.omnium", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(OmniumProperties.class)
public class OmniumAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OmniumAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public OmniumAdapter omniumAdapter(
            OmniumProperties properties,
            ObjectProvider<WebClient.Builder> webClients,
            ObjectProvider<TokenCache> tokenCaches,
            ObjectProvider<Clock> clock) {
        WebClient webClient = webClients.getIfAvailable(WebClient::builder).build();
        TokenCache tokens = tokenCaches.getIfAvailable(() -> {
            log.warn("No TokenCache bean: the Omnium adapter logs in on every call");
            return TokenCache.none();
        });
        return new OmniumAdapter(webClient, tokens, properties.settings(), clock.getIfAvailable(Clock::systemUTC));
    }
}
