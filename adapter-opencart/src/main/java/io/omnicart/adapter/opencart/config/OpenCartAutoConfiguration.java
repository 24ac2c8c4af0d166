package io.omnicart.adapter.opencart.config;

import io.omnicart.adapter.opencart.OpenCartAdapter;
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
 * Contributes the OpenCart adapter ({@code omnicart.opencart.enabled}, on by default). Its WebClient is built from
 * Spring's {@link WebClient.Builder} so every {@code WebClientCustomizer} applies (the gateway's timeouts and body
 * limit, the credential service's address checks); native API sessions go to the application's {@link TokenCache}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration")
@ConditionalOnProperty(prefix = "omnicart.opencart", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(OpenCartProperties.class)
public class OpenCartAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OpenCartAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public OpenCartAdapter openCartAdapter(
            OpenCartProperties properties,
            ObjectProvider<WebClient.Builder> webClients,
            ObjectProvider<TokenCache> tokenCaches,
            ObjectProvider<Clock> clock) {
        WebClient webClient = webClients.getIfAvailable(WebClient::builder).build();
        TokenCache tokens = tokenCaches.getIfAvailable(() -> {
            log.warn("No TokenCache bean: OpenCart status changes log in to the native API every time");
            return TokenCache.none();
        });
        return new OpenCartAdapter(webClient, tokens, properties.settings(), clock.getIfAvailable(Clock::systemUTC));
    }
}
