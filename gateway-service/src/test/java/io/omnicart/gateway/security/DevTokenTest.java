package io.omnicart.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.omnicart.gateway.GatewayApplication;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Starts the gateway as {@code main} would, on the local defaults, and uses the token it prints. */
@ExtendWith(OutputCaptureExtension.class)
class DevTokenTest {

    private static final Pattern TOKEN_LINE = Pattern.compile("OMNICART_DEV_TOKEN=([A-Za-z0-9_.-]+)");

    @Test
    void devTokenIsLoggedOnceAndOpensTheApi(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext gateway =
                new SpringApplicationBuilder(GatewayApplication.class).run("--server.port=0")) {
            String token = onlyToken(output.getOut());
            assertThat(output.getAll()).doesNotContain("generated security password");
            assertDevClaims(SignedJWT.parse(token));

            WebTestClient client = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + gateway.getEnvironment().getProperty("local.server.port"))
                    .build();
            client.get()
                    .uri("/v1/accounts")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    private static String onlyToken(String out) {
        Matcher matcher = TOKEN_LINE.matcher(out);
        assertThat(matcher.find())
                .as("a line OMNICART_DEV_TOKEN=<jwt> in:%n%s", out)
                .isTrue();
        String token = matcher.group(1);
        assertThat(matcher.find()).as("the dev token is logged only once").isFalse();
        assertThat(out.lines().filter(line -> line.contains("OMNICART_DEV_TOKEN=")))
                .hasSize(1);
        return token;
    }

    private static void assertDevClaims(SignedJWT jwt) throws Exception {
        var claims = jwt.getJWTClaimsSet();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        assertThat(claims.getStringClaim("workspace_id")).isEqualTo("dev-workspace");
        assertThat(claims.getStringListClaim("bundles")).isEqualTo(List.of("commerce"));
        Duration validity = Duration.between(
                claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
        assertThat(validity).isEqualTo(Duration.ofHours(24));
    }
}
