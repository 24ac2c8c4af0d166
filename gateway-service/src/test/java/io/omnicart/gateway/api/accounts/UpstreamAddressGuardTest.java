package io.omnicart.gateway.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.testkit.simulator.medusa.MedusaVerificationStub;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Every WebClient the adapters build from the gateway's {@code WebClient.Builder} checks each resolved address (DNS
 * rebinding) and never follows redirects, whatever other customizers (timeouts, body limits) also apply.
 */
class UpstreamAddressGuardTest extends AccountsApiSupport {

    @Autowired
    WebClient.Builder builder;

    @Test
    void upstreamClientsRefuseForbiddenAddressesOnEveryRequest() {
        WebClient upstream = builder.build();
        int before = store.requests();
        assertThatThrownBy(() -> upstream.get()
                        .uri("http://0.0.0.0:" + store.port() + "/admin/stores")
                        .retrieve()
                        .toBodilessEntity()
                        .block(Duration.ofSeconds(10)))
                .satisfies(error -> assertThat(NestedExceptionUtils.getMostSpecificCause(error))
                        .hasMessageContaining("unspecified")
                        .extracting(cause -> cause.getClass().getSimpleName())
                        .isEqualTo("ForbiddenAddressException"));
        assertThat(store.requests()).isEqualTo(before);
    }

    @Test
    void upstreamClientsDoNotFollowRedirects() {
        try (MedusaVerificationStub target = MedusaVerificationStub.start("Redirect target", KEY, PASSWORD)) {
            store.mode(MedusaVerificationStub.Mode.REDIRECT);
            store.redirectTo(target.baseUrl() + "/admin/stores");
            Integer status = builder.build()
                    .get()
                    .uri(store.baseUrl() + "/admin/stores")
                    .exchangeToMono(response -> response.releaseBody()
                            .thenReturn(response.statusCode().value()))
                    .block(Duration.ofSeconds(10));
            assertThat(status).isEqualTo(302);
            assertThat(target.requests()).isZero();
        }
    }
}
