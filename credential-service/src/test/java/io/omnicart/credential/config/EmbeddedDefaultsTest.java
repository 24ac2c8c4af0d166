package io.omnicart.credential.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.core.model.Account;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.AccountDirectory;
import io.omnicart.core.port.AccountManager;
import io.omnicart.core.port.ConnectAccountCommand;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.credential.policy.ForbiddenAddressException;
import io.omnicart.credential.support.TestApplication;
import io.omnicart.testkit.simulator.medusa.MedusaVerificationStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.reactive.function.client.WebClient;

/** With nothing configured but a data directory, accounts live in an H2 file database and a generated keyset. */
class EmbeddedDefaultsTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void h2UnderTheDataDirectoryKeepsAccountsAcrossRestarts(@TempDir Path dataDir) {
        String id;
        try (MedusaVerificationStub store = MedusaVerificationStub.start("Embedded Store", "sk_embedded", "pw");
                ConfigurableApplicationContext first = TestApplication.start(Map.of(
                        "omnicart.credentials.data-dir",
                        dataDir.toString(),
                        "omnicart.accounts.allow-insecure-loopback",
                        "true"))) {
            assertThat(first.getEnvironment().getProperty("spring.r2dbc.url"))
                    .isEqualTo("r2dbc:h2:file:///" + dataDir + "/omnicart-accounts");
            Account account = first.getBean(AccountManager.class)
                    .connect(
                            "ws-h2",
                            new ConnectAccountCommand(
                                    Platform.MEDUSA,
                                    null,
                                    store.baseUrl(),
                                    new Credentials.ApiKey(Secret.of("sk_embedded"))))
                    .block(WAIT);
            id = account.id();
        }
        assertThat(dataDir.resolve("omnicart-accounts.mv.db")).exists();
        assertThat(dataDir.resolve("credentials-keyset.json")).exists();
        try (MedusaVerificationStub store = MedusaVerificationStub.start("Guarded", "sk_x", "pw");
                ConfigurableApplicationContext second =
                        TestApplication.start(Map.of("omnicart.credentials.data-dir", dataDir.toString()))) {
            assertThat(second.getBean(AccountDirectory.class)
                            .get("ws-h2", id)
                            .block(WAIT)
                            .label())
                    .isEqualTo("Embedded Store");
            WebClient client = second.getBean(WebClient.Builder.class).build();
            assertThatThrownBy(() -> client.get()
                            .uri(store.baseUrl())
                            .retrieve()
                            .toBodilessEntity()
                            .block(WAIT))
                    .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                            .isInstanceOf(ForbiddenAddressException.class));
            assertThat(store.requests()).isZero();
        }
    }

    @Test
    void defaultUrlIsAnH2FileUnderTheDataDirectory() throws Exception {
        assertThat(EmbeddedDatabaseDefaults.h2Url("./data")).isEqualTo("r2dbc:h2:file:///./data/omnicart-accounts");
        assertThat(EmbeddedDatabaseDefaults.h2Url("data/")).isEqualTo("r2dbc:h2:file:///./data/omnicart-accounts");
        assertThat(EmbeddedDatabaseDefaults.h2Url("/var/lib/omnicart"))
                .isEqualTo("r2dbc:h2:file:////var/lib/omnicart/omnicart-accounts");
        assertThat(Files.exists(Path.of("data", "omnicart-accounts.mv.db"))).isFalse();
    }
}
