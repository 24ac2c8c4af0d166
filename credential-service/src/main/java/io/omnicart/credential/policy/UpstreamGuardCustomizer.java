package io.omnicart.credential.policy;

import io.netty.resolver.AddressResolverGroup;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * Gives every {@link WebClient} built from Spring's {@code WebClient.Builder} — so every adapter's upstream client — a
 * Reactor Netty connector whose resolver refuses forbidden addresses on each connection and which never follows
 * redirects. It is the only customizer that sets the connector (others add codecs and filters), and it runs last so
 * Boot's default connector cannot replace it; it therefore also applies the upstream connect and response timeouts
 * ({@code omnicart.upstream.http.*}).
 */
public final class UpstreamGuardCustomizer implements WebClientCustomizer, Ordered {

    private final ClientHttpConnector connector;

    public UpstreamGuardCustomizer(AddressPolicy policy, HttpClientSettings settings) {
        this.connector = ClientHttpConnectorBuilder.reactor()
                .withHttpClientCustomizer(client -> guard(client, policy))
                .build(settings.withRedirects(HttpRedirects.DONT_FOLLOW));
    }

    /** The connector every upstream WebClient gets; for tests. */
    public ClientHttpConnector connector() {
        return connector;
    }

    /** The client with its own resolver (Netty's asynchronous DNS by default) wrapped by the address guard. */
    static HttpClient guard(HttpClient client, AddressPolicy policy) {
        AddressResolverGroup<?> configured = client.configuration().resolver();
        AddressResolverGroup<?> base =
                configured != null ? configured : client.configuration().defaultAddressResolverGroup();
        return client.resolver(new GuardedAddressResolverGroup(base, policy)).followRedirect(false);
    }

    @Override
    public void customize(WebClient.Builder builder) {
        builder.clientConnector(connector);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
