package io.omnicart.adapter.medusa.config;

import io.omnicart.adapter.medusa.MedusaAdapter;
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
 * Contributes the Medusa adapter ({@code omnicart.medusa.enabled}, on by default). Its WebClient is built from Spring's
 * {@link WebClient.Builder} so every {@code WebClientCustomizer} applies (the gateway's timeouts and body limit, the
 * credential service's address checks); admin JWTs go to the application's {@link TokenCache}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration")
@ConditionalOnProperty(prefix = "omnicart.medusa", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(MedusaProperties.class)
public class MedusaAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MedusaAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public MedusaAdapter medusaAdapter(
            MedusaProperties properties,
            ObjectProvider<WebClient.Builder> webClients,
            ObjectProvider<TokenCache> tokenCaches,
            ObjectProvider<Clock> clock) {
        WebClient webClient = webClients.getIfAvailable(WebClient::builder).build();
        TokenCache tokens = tokenCaches.getIfAvailable(() -> {
            log.warn("No TokenCache bean: Medusa admin users log in on every call (secret API keys are unaffected)");
            return TokenCache.none();
        });
        return new MedusaAdapter(webClient, tokens, properties.settings(), clock.getIfAvailable(Clock::systemUTC));
    }
}
