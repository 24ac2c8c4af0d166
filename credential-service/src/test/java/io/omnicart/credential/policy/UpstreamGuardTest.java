package io.omnicart.credential.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.resolver.InetSocketAddressResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import io.omnicart.testkit.simulator.medusa.MedusaVerificationStub;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** The per-request check: every connection an adapter's WebClient opens goes through the guarded resolver. */
class UpstreamGuardTest {

    private final MedusaVerificationStub store = MedusaVerificationStub.start("Guarded Store", "sk_guard", "pw");

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void refusesForbiddenAddressesOnEveryRequestBeforeConnecting() {
        WebClient client = guardedClient(AddressPolicy.of(false, List.of()));
        for (String url :
                List.of(store.baseUrl(), "http://localhost:" + store.port(), "http://[::1]:" + store.port())) {
            assertThatThrownBy(() -> get(client, url))
                    .as(url)
                    .isInstanceOf(WebClientRequestException.class)
                    .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                            .isInstanceOf(ForbiddenAddressException.class)
                            .hasMessageContaining("loopback"));
        }
        assertThat(store.requests()).isZero();
    }

    @Test
    void admitsAllowedAddressesAndNeverFollowsRedirects() {
        WebClient client = guardedClient(AddressPolicy.of(true, List.of()));
        assertThat(get(client, store.baseUrl())).isEqualTo(401);
        try (MedusaVerificationStub target = MedusaVerificationStub.start("Target", "sk_x", "pw")) {
            store.mode(MedusaVerificationStub.Mode.REDIRECT);
            store.redirectTo(target.baseUrl() + "/admin/stores");
            assertThat(get(client, store.baseUrl())).isEqualTo(302);
            assertThat(target.requests()).isZero();
        }
    }

    @Test
    void dnsRebindingIsCaughtAtRequestTime() {
        Map<String, String> zone = new ConcurrentHashMap<>(Map.of("rebind.test", "127.0.0.2"));
        AddressPolicy policy = AddressPolicy.of(false, List.of("127.0.0.2/32"));
        HttpClient http = HttpClient.create(ConnectionProvider.newConnection())
                .resolver(new GuardedAddressResolverGroup(new FakeDns(zone), policy));
        WebClient client = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .build();
        try (MedusaVerificationStub second = new MedusaVerificationStub("127.0.0.2", "Second", "sk_x", "pw")) {
            String url = "http://rebind.test:" + second.port();
            assertThat(get(client, url)).isEqualTo(401);
            zone.put("rebind.test", "127.0.0.1");
            assertThatThrownBy(() -> get(client, "http://rebind.test:" + second.port()))
                    .hasRootCauseInstanceOf(ForbiddenAddressException.class);
            assertThat(second.requests()).isEqualTo(1);
        }
    }

    private static WebClient guardedClient(AddressPolicy policy) {
        UpstreamGuardCustomizer customizer = new UpstreamGuardCustomizer(policy, HttpClientSettings.defaults());
        WebClient.Builder builder = WebClient.builder();
        customizer.customize(builder);
        return builder.build();
    }

    private static Integer get(WebClient client, String baseUrl) {
        return client.get()
                .uri(baseUrl + "/admin/stores")
                .exchangeToMono(response ->
                        response.releaseBody().thenReturn(response.statusCode().value()))
                .block(java.time.Duration.ofSeconds(10));
    }

    /** A resolver group answering from a mutable zone, like a DNS server an attacker controls. */
    static final class FakeDns extends AddressResolverGroup<InetSocketAddress> {
        private final Map<String, String> zone;

        FakeDns(Map<String, String> zone) {
            this.zone = zone;
        }

        @Override
        protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
            return new InetSocketAddressResolver(executor, new InetNameResolver(executor) {
                @Override
                protected void doResolve(String host, Promise<InetAddress> promise) {
                    promise.setSuccess(BaseUrlPolicyTest.address(zone.getOrDefault(host, host)));
                }

                @Override
                protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
                    promise.setSuccess(List.of(BaseUrlPolicyTest.address(zone.getOrDefault(host, host))));
                }
            });
        }
    }
}
