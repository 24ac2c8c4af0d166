package io.omnicart.credential.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.core.error.ConcurrentModification;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.CredentialsUnreadable;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.Account;
import io.omnicart.core.model.AccountStatus;
import io.omnicart.core.model.AuthMethod;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.AccountDirectory;
import io.omnicart.core.port.AccountManager;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.port.AccountStatusRecorder;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.ConnectAccountCommand;
import io.omnicart.core.port.UpdateAccountCommand;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.credential.crypto.Keysets;
import io.omnicart.credential.crypto.TinkSecretCipher;
import io.omnicart.credential.support.MemoryTokenCache;
import io.omnicart.credential.support.TestApplication;
import io.omnicart.credential.support.TestDatabase;
import io.omnicart.testkit.simulator.medusa.MedusaVerificationStub;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The account lifecycle on real PostgreSQL: storage, encryption at rest, isolation, locking, restarts. */
class StoreAccountsIT {

    static final String KEY = "sk_round_trip_0001";
    static final String NEW_KEY = "sk_rotated_key_0002";
    static final Duration WAIT = Duration.ofSeconds(20);

    static TestDatabase db = new TestDatabase();
    static MedusaVerificationStub store;
    static String keyset = Keysets.toJson(Keysets.generate());
    static ConfigurableApplicationContext context;

    @BeforeAll
    static void start() {
        store = MedusaVerificationStub.start("Round Trip Store", KEY, "pw-1");
        context = TestApplication.start(properties(keyset));
    }

    @AfterAll
    static void stop() {
        context.close();
        store.close();
        db.drop();
    }

    static Map<String, Object> properties(String keysetJson) {
        Map<String, Object> properties = new HashMap<>(db.properties());
        properties.put("omnicart.credentials.keyset", keysetJson);
        properties.put("omnicart.accounts.allow-insecure-loopback", "true");
        return properties;
    }

    @Test
    void roundTripStoresOnlyCiphertextBoundToTheAccount() throws Exception {
        store.acceptApiKey(KEY);
        Account connected = connect("ws-round", KEY, null);
        assertThat(connected.label()).isEqualTo("Round Trip Store");
        assertThat(connected.status()).isEqualTo(AccountStatus.CONNECTED);
        assertThat(connected.authMethod()).isEqualTo(AuthMethod.API_KEY);
        assertThat(connected.baseUrl()).isEqualTo(URI.create(store.baseUrl()));
        String id = connected.id();
        assertThat(directory().list("ws-round").collectList().block(WAIT))
                .extracting(Account::id)
                .containsExactly(id);
        assertThat(directory().get("ws-round", id).block(WAIT)).isEqualTo(connected);

        Account renamed = manager()
                .update("ws-round", id, new UpdateAccountCommand("Production", null, null))
                .block(WAIT);
        assertThat(renamed.label()).isEqualTo("Production");
        store.acceptApiKey(NEW_KEY);
        manager()
                .update("ws-round", id, new UpdateAccountCommand(null, null, apiKey(NEW_KEY)))
                .block(WAIT);
        assertThat(((Credentials.ApiKey)
                                resolver().resolve("ws-round", id).block(WAIT).credentials())
                        .apiKey()
                        .reveal())
                .isEqualTo(NEW_KEY);
        Account verified = manager().verify("ws-round", id).block(WAIT);
        assertThat(verified.status()).isEqualTo(AccountStatus.CONNECTED);
        assertThat(verified.lastVerifiedAt()).isAfterOrEqualTo(renamed.lastVerifiedAt());

        byte[] ciphertext = bytes("SELECT credentials FROM store_account WHERE id = '" + id + "'");
        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1))
                .doesNotContain(NEW_KEY)
                .doesNotContain(KEY);
        assertThat(TinkSecretCipher.keyIdOf(ciphertext))
                .isEqualTo(Integer.toUnsignedLong(
                        Keysets.parse(keyset).getPrimary().getId()));

        Account other = connect("ws-round", NEW_KEY, "Staging");
        db.execute("UPDATE store_account SET credentials = (SELECT credentials FROM store_account WHERE id = '" + id
                + "') WHERE id = '" + other.id() + "'");
        assertThatThrownBy(() -> resolver().resolve("ws-round", other.id()).block(WAIT))
                .isInstanceOf(CredentialsUnreadable.class)
                .hasMessageContaining(other.id())
                .hasMessageNotContaining(NEW_KEY);
        assertThat(directory().get("ws-round", other.id()).block(WAIT).statusReason())
                .isEqualTo("credentials_unreadable");

        manager().remove("ws-round", id).block(WAIT);
        assertThatThrownBy(() -> directory().get("ws-round", id).block(WAIT)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> manager().remove("ws-round", id).block(WAIT)).isInstanceOf(NotFound.class);
    }

    @Test
    void failedConnectionsStoreNothing() {
        store.acceptApiKey(KEY);
        assertThat(failure(() -> connect("ws-fail", "sk_wrong", null))).isEqualTo("auth_rejected");
        store.mode(MedusaVerificationStub.Mode.HTML);
        assertThat(failure(() -> connect("ws-fail", KEY, null))).isEqualTo("not_medusa");
        store.mode(MedusaVerificationStub.Mode.NORMAL);
        assertThat(failure(() -> manager().connect("ws-fail", command("http://127.0.0.1:1", KEY, null))))
                .isEqualTo("unreachable");
        assertThat(failure(() -> manager().connect("ws-fail", command("https://169.254.169.254", KEY, null))))
                .isEqualTo("base_url_forbidden");
        assertThat(failure(() -> manager().connect("ws-fail", command(store.baseUrl() + "/admin", KEY, null))))
                .isEqualTo("base_url_invalid");
        assertThat(directory().list("ws-fail").collectList().block(WAIT)).isEmpty();
        assertThat(tokens().size()).isZero();
    }

    @Test
    void anotherWorkspaceCannotReachAnAccount() {
        store.acceptApiKey(KEY);
        String id = connect("ws-owner", KEY, "Owner's").id();
        List<Supplier<Mono<?>>> attempts = List.of(
                () -> directory().get("ws-intruder", id),
                () -> resolver().resolve("ws-intruder", id),
                () -> manager().update("ws-intruder", id, new UpdateAccountCommand("Mine", null, null)),
                () -> manager().verify("ws-intruder", id),
                () -> manager().remove("ws-intruder", id));
        for (Supplier<Mono<?>> attempt : attempts) {
            assertThatThrownBy(() -> attempt.get().block(WAIT))
                    .isInstanceOf(NotFound.class)
                    .hasMessage(new NotFound("account", id).getMessage());
        }
        assertThat(directory().list("ws-intruder").collectList().block(WAIT)).isEmpty();
        recorder().recordFailure("ws-intruder", id, "auth_rejected").block(WAIT);
        assertThat(directory().get("ws-owner", id).block(WAIT).label()).isEqualTo("Owner's");
        assertThat(directory().get("ws-owner", id).block(WAIT).status()).isEqualTo(AccountStatus.CONNECTED);
    }

    @Test
    void concurrentUpdatesNeverLoseOneAnother() {
        store.acceptApiKey(KEY);
        String id = connect("ws-race", KEY, "Before").id();
        store.delay(Duration.ofMillis(700));
        try {
            Mono<String> slow = manager()
                    .update("ws-race", id, new UpdateAccountCommand("Slow", null, apiKey(KEY)))
                    .map(a -> "ok")
                    .onErrorResume(ConcurrentModification.class, e -> Mono.just("conflict"));
            Mono<String> fast = Mono.delay(Duration.ofMillis(100))
                    .then(manager().update("ws-race", id, new UpdateAccountCommand("Fast", null, null)))
                    .map(a -> "ok");
            List<String> outcomes = Flux.merge(slow, fast).collectList().block(WAIT);
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "conflict");
            assertThat(directory().get("ws-race", id).block(WAIT).label()).isEqualTo("Fast");
        } finally {
            store.delay(Duration.ZERO);
        }
    }

    @Test
    void verifyRecordsTheOutcomeAndRemoveForgetsTokens() {
        store.acceptApiKey(KEY);
        Account account = manager()
                .connect(
                        "ws-status",
                        new ConnectAccountCommand(
                                Platform.MEDUSA,
                                "Password login",
                                store.baseUrl(),
                                new Credentials.EmailPassword("ops@example.com", Secret.of("pw-1"))))
                .block(WAIT);
        assertThat(tokens().size()).as("probe tokens are evicted").isZero();
        String id = connect("ws-status", KEY, "Key login").id();
        store.acceptApiKey("sk_someone_else");
        try {
            assertThat(failure(() -> manager().verify("ws-status", id))).isEqualTo("auth_rejected");
        } finally {
            store.acceptApiKey(KEY);
        }
        Account failing = directory().get("ws-status", id).block(WAIT);
        assertThat(failing.status()).isEqualTo(AccountStatus.FAILING);
        recorder().recordSuccess("ws-status", id).block(WAIT);
        assertThat(directory().get("ws-status", id).block(WAIT).status()).isEqualTo(AccountStatus.CONNECTED);
        recorder().recordFailure("ws-status", id, "auth_rejected").block(WAIT);
        assertThat(directory().get("ws-status", id).block(WAIT).status()).isEqualTo(AccountStatus.FAILING);

        tokens().put(
                        account.id(),
                        "admin-jwt",
                        new CachedToken(Secret.of("t"), Instant.now().plusSeconds(60)),
                        WAIT)
                .block(WAIT);
        manager().remove("ws-status", account.id()).block(WAIT);
        assertThat(tokens().hasTokens(account.id())).isFalse();
    }

    @Test
    void accountsSurviveARestart() {
        store.acceptApiKey(KEY);
        String id = connect("ws-restart", KEY, "Persistent").id();
        try (ConfigurableApplicationContext restarted = TestApplication.start(properties(keyset))) {
            AccountResolver resolver = restarted.getBean(AccountResolver.class);
            assertThat(resolver.resolve("ws-restart", id).block(WAIT).credentials())
                    .isEqualTo(new Credentials.ApiKey(Secret.of(KEY)));
            assertThat(restarted
                            .getBean(AccountDirectory.class)
                            .get("ws-restart", id)
                            .block(WAIT)
                            .label())
                    .isEqualTo("Persistent");
        }
    }

    static Account connect(String workspace, String key, String label) {
        return manager()
                .connect(workspace, command(store.baseUrl(), key, label))
                .block(WAIT);
    }

    static ConnectAccountCommand command(String baseUrl, String key, String label) {
        return new ConnectAccountCommand(Platform.MEDUSA, label, baseUrl, apiKey(key));
    }

    static Credentials apiKey(String key) {
        return new Credentials.ApiKey(Secret.of(key));
    }

    static String failure(Supplier<Object> call) {
        try {
            Object result = call.get();
            if (result instanceof Mono<?> mono) {
                mono.block(WAIT);
            }
            return "succeeded";
        } catch (ConnectionFailed e) {
            return e.reason();
        }
    }

    static byte[] bytes(String sql) throws SQLException {
        try (Connection connection = db.connect();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getBytes(1);
        }
    }

    static AccountManager manager() {
        return context.getBean(AccountManager.class);
    }

    static AccountDirectory directory() {
        return context.getBean(AccountDirectory.class);
    }

    static AccountResolver resolver() {
        return context.getBean(AccountResolver.class);
    }

    static AccountStatusRecorder recorder() {
        return context.getBean(AccountStatusRecorder.class);
    }

    static MemoryTokenCache tokens() {
        return context.getBean(MemoryTokenCache.class);
    }
}
