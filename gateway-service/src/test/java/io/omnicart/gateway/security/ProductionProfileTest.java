package io.omnicart.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.gateway.GatewayApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The {@code prod} profile refuses settings under which anyone could mint caller tokens. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

    @Test
    void refusesToStartWithoutAnIdentityProvider(CapturedOutput output) {
        assertThatThrownBy(() -> startProd("--server.port=0"))
                .isInstanceOf(InsecureSecurityConfigurationException.class)
                .hasMessageContaining("no identity provider");
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("OMNICART_SECURITY_JWK_SET_URI")
                .contains("OMNICART_SECURITY_ISSUER_URI")
                .doesNotContain("OMNICART_DEV_TOKEN=");
    }

    @Test
    void refusesToStartWithTheShippedDevSecret(CapturedOutput output) {
        assertThatThrownBy(() -> startProd(
                        "--server.port=0",
                        "--omnicart.security.jwk-set-uri=https://idp.example.com/.well-known/jwks.json",
                        "--omnicart.security.dev-secret=" + SecurityProperties.SHIPPED_DEV_SECRET))
                .isInstanceOf(InsecureSecurityConfigurationException.class)
                .hasMessageContaining("shipped local default");
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .doesNotContain(SecurityProperties.SHIPPED_DEV_SECRET)
                .doesNotContain("OMNICART_DEV_TOKEN=");
    }

    private static void startProd(String... args) {
        new SpringApplicationBuilder(GatewayApplication.class)
                .profiles(CallerTokenVerification.PRODUCTION_PROFILE)
                .run(args)
                .close();
    }
}
