package io.omnicart.gateway.guard;

import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.core.Ordered;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Every {@code WebClient} built from Spring's builder (the adapters') gets a bounded in-memory body and the {@link
 * RateShaper} filter. It deliberately leaves the connector alone: exactly one customizer owns it — credential-service's
 * address guard, which builds it with the SSRF-checking resolver, no redirects, and the connect and response timeouts
 * of {@code omnicart.upstream.http.*}. Replacing the connector here would silently drop that protection.
 */
public class UpstreamHttpClientCustomizer implements WebClientCustomizer, Ordered {

    private final UpstreamProperties.Http http;
    private final RateShaper shaper;

    public UpstreamHttpClientCustomizer(UpstreamProperties.Http http, RateShaper shaper) {
        this.http = http;
        this.shaper = shaper;
    }

    @Override
    public void customize(WebClient.Builder builder) {
        builder.codecs(codecs -> codecs.defaultCodecs()
                        .maxInMemorySize((int) http.maxBodySize().toBytes()))
                .filter(shaper.filter());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
