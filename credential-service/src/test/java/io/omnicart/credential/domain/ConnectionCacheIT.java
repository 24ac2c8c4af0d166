package io.omnicart.credential.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.AccountStatus;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.AccountDirectory;
import io.omnicart.core.port.AccountManager;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.port.AccountStatusRecorder;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.ConnectAccountCommand;
import io.omnicart.core.port.CredentialKeyRotation;
import io.omnicart.core.port.TokenSession;
import io.omnicart.core.port.UpdateAccountCommand;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.credential.crypto.Keysets;
import io.omnicart.credential.support.MemoryTokenCache;
import io.omnicart.credential.support.RepositoryCalls;
import io.omnicart.credential.support.TestApplication;
import io.omnicart.credential.support.TestDatabase;
import io.omnicart.testkit.simulator.medusa.MedusaVerificationStub;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;

/**
 * The cache of resolved connections on real PostgreSQL, with three instances sharing one database: {@code one} and
 * {@code other} keep connections for ten minutes (so only writes can make them forget), {@code brief} for one second.
 */
class ConnectionCacheIT {

    static final String KEY = "sk_cache_0001";
    static final String NEW_KEY = "sk_cache_0002";
    static final Duration WAIT = Duration.ofSeconds(20);

    static TestDatabase db = new TestDatabase();
    static String keyset = Keysets.toJson(Keysets.generate());
    static MedusaVerificationStub store;
    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext other;
    static ConfigurableApplicationContext brief;

    @BeforeAll
    static void start() {
        store = MedusaVerificationStub.start("Cached Store", KEY, "pw-1");
        one = TestApplication.start(properties("10m"), RepositoryCalls.class);
        other = TestApplication.start(properties("10m"), RepositoryCalls.class);
        brief = TestApplication.start(properties("1s"), RepositoryCalls.class);
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {brief, other, one}) {
            if (instance != null) {
                instance.close();
            }
        }
        store.close();
        db.drop();
    }

    @BeforeEach
    void acceptTheFirstKey() {
        store.acceptApiKey(KEY);
    }

    static Map<String, Object> properties(String ttl) {
        Map<String, Object> properties = new HashMap<>(db.properties());
        properties.put("omnicart.credentials.keyset", keyset);
        properties.put("omnicart.accounts.allow-insecure-loopback", "true");
        properties.put("omnicart.accounts.connection-cache.ttl", ttl);
        return properties;
    }

    @Test
    void aResolvedConnectionIsServedWithoutTheDatabase() {
        String id = connect("ws-hit");
        calls(one).reset();

        StoreConnection first = resolve(one, "ws-hit", id);
        for (int i = 0; i < 20; i++) {
            assertThat(resolve(one, "ws-hit", id)).isSameAs(first);
        }

        assertThat(calls(one).count("find")).isEqualTo(1);
        assertThat(first.credentials()).isEqualTo(new Credentials.ApiKey(Secret.of(KEY)));
        assertThat(((Credentials.ApiKey) first.credentials()).apiKey()).hasToString("******");
        assertThat(first.toString()).doesNotContain(KEY);
    }

    @Test
    void anotherWorkspaceFindsNothingAndNothingIsCachedForIt() {
        String id = connect("ws-owner");
        resolve(one, "ws-owner", id);
        calls(one).reset();

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> resolve(one, "ws-intruder", id))
                    .isInstanceOf(NotFound.class)
                    .hasMessage(new NotFound("account", id).getMessage());
        }
        assertThatThrownBy(() -> manager(one).remove("ws-intruder", id).block(WAIT))
                .isInstanceOf(NotFound.class);

        assertThat(calls(one).count("find")).isEqualTo(2);
        assertThat(resolve(one, "ws-owner", id).workspaceId()).isEqualTo("ws-owner");
        assertThat(calls(one).count("find")).isEqualTo(2);
    }

    @Test
    void everyWriteForgetsTheConnectionOnTheInstanceThatMadeIt() {
        String ws = "ws-writes";
        String id = connect(ws);

        assertThat(findsToResolveAfter(() -> Mono.empty(), ws, id)).as("cached").isZero();
        assertThat(findsToResolveAfter(
                        () -> manager(one).update(ws, id, new UpdateAccountCommand("Renamed", null, null)), ws, id))
                .as("label changed")
                .isEqualTo(1);
        store.acceptApiKey(NEW_KEY);
        manager(one)
                .update(ws, id, new UpdateAccountCommand(null, null, apiKey(NEW_KEY)))
                .block(WAIT);
        assertThat(key(resolve(one, ws, id))).as("credentials changed").isEqualTo(NEW_KEY);
        assertThat(findsToResolveAfter(() -> manager(one).verify(ws, id), ws, id))
                .as("verified")
                .isEqualTo(1);
        assertThat(findsToResolveAfter(() -> recorder(one).recordFailure(ws, id, "auth_rejected"), ws, id))
                .as("marked failing")
                .isEqualTo(1);
        assertThat(findsToResolveAfter(() -> recorder(one).recordSuccess(ws, id), ws, id))
                .as("failing, then connected again")
                .isEqualTo(1);
        assertThat(findsToResolveAfter(() -> recorder(one).recordSuccess(ws, id), ws, id))
                .as("a success that changes nothing keeps the entry")
                .isZero();
        assertThat(findsToResolveAfter(
                        () -> one.getBean(CredentialKeyRotation.class).reencryptAll(), ws, id))
                .as("re-encrypted")
                .isEqualTo(1);
    }

    @Test
    void aDeleteStopsUseAtOnceOnTheInstanceThatHandledIt() {
        String id = connect("ws-gone");
        resolve(one, "ws-gone", id);

        manager(one).remove("ws-gone", id).block(WAIT);

        assertThatThrownBy(() -> resolve(one, "ws-gone", id)).isInstanceOf(NotFound.class);
    }

    @Test
    void anotherInstanceSeesAChangeAndADeleteWithinItsTtl() throws Exception {
        String id = connect("ws-fleet");
        assertThat(key(resolve(brief, "ws-fleet", id))).isEqualTo(KEY);

        store.acceptApiKey(NEW_KEY);
        manager(one)
                .update("ws-fleet", id, new UpdateAccountCommand(null, null, apiKey(NEW_KEY)))
                .block(WAIT);
        eventually(() -> key(resolve(brief, "ws-fleet", id)).equals(NEW_KEY));

        manager(one).remove("ws-fleet", id).block(WAIT);
        eventually(() -> gone(brief, "ws-fleet", id));
    }

    @Test
    void aFailureSeenWithCredentialsReplacedElsewhereDoesNotMarkTheAccountFailing() {
        String id = connect("ws-stale");
        assertThat(key(resolve(other, "ws-stale", id))).isEqualTo(KEY);
        store.acceptApiKey(NEW_KEY);
        manager(one)
                .update("ws-stale", id, new UpdateAccountCommand(null, null, apiKey(NEW_KEY)))
                .block(WAIT);

        recorder(other).recordFailure("ws-stale", id, "auth_rejected").block(WAIT);

        assertThat(status("ws-stale", id)).isEqualTo(AccountStatus.CONNECTED);
        assertThat(key(resolve(other, "ws-stale", id))).as("read again").isEqualTo(NEW_KEY);
        recorder(other).recordFailure("ws-stale", id, "auth_rejected").block(WAIT);
        assertThat(status("ws-stale", id)).isEqualTo(AccountStatus.FAILING);
    }

    @Test
    void aTokenObtainedWithOldCredentialsIsNeverUsedWithNewOnes() {
        String id = connect("ws-token-version");
        StoreConnection stale = resolve(other, "ws-token-version", id); // another instance keeps it for 10 minutes
        TokenSession tokens = new TokenSession(new MemoryTokenCache(), "medusa:admin-jwt", Duration.ofMinutes(55));
        assertThat(tokenFor(tokens, stale)).isEqualTo("token for " + KEY);

        store.acceptApiKey(NEW_KEY);
        manager(one)
                .update("ws-token-version", id, new UpdateAccountCommand(null, null, apiKey(NEW_KEY)))
                .block(WAIT);
        StoreConnection fresh = resolve(one, "ws-token-version", id);

        assertThat(fresh.credentialsVersion()).isGreaterThan(stale.credentialsVersion());
        assertThat(tokenFor(tokens, fresh)).isEqualTo("token for " + NEW_KEY);
        assertThat(tokenFor(tokens, stale)).as("the old instance keeps its own").isEqualTo("token for " + KEY);
    }

    /** The token a shared session hands out for {@code connection}, logging in with its credentials when needed. */
    private static String tokenFor(TokenSession tokens, StoreConnection connection) {
        Mono<CachedToken> login = Mono.fromSupplier(() -> new CachedToken(
                Secret.of("token for " + key(connection)), Instant.now().plusSeconds(3600)));
        return tokens.mono(connection, login, token -> Mono.just(token.value().reveal()))
                .block(WAIT);
    }

    /** How many rows {@code resolve} reads on {@code one} after {@code write}, with the connection cached before. */
    private static long findsToResolveAfter(Supplier<Mono<?>> write, String ws, String id) {
        resolve(one, ws, id);
        write.get().block(WAIT);
        calls(one).reset();
        resolve(one, ws, id);
        return calls(one).count("find");
    }

    /** Polls {@code condition} until it holds; fails after {@link #WAIT}. */
    private static void eventually(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("still not so after %s", WAIT).isLessThan(deadline);
            Mono.delay(Duration.ofMillis(100)).block();
        }
    }

    private static boolean gone(ConfigurableApplicationContext instance, String ws, String id) {
        try {
            resolve(instance, ws, id);
            return false;
        } catch (NotFound e) {
            return true;
        }
    }

    private static String connect(String workspace) {
        return manager(one)
                .connect(workspace, new ConnectAccountCommand(Platform.MEDUSA, "Cached", store.baseUrl(), apiKey(KEY)))
                .block(WAIT)
                .id();
    }

    private static StoreConnection resolve(ConfigurableApplicationContext instance, String ws, String id) {
        return instance.getBean(AccountResolver.class).resolve(ws, id).block(WAIT);
    }

    private static AccountStatus status(String ws, String id) {
        return one.getBean(AccountDirectory.class).get(ws, id).block(WAIT).status();
    }

    private static String key(StoreConnection connection) {
        return ((Credentials.ApiKey) connection.credentials()).apiKey().reveal();
    }

    private static Credentials apiKey(String key) {
        return new Credentials.ApiKey(Secret.of(key));
    }

    private static AccountManager manager(ConfigurableApplicationContext instance) {
        return instance.getBean(AccountManager.class);
    }

    private static AccountStatusRecorder recorder(ConfigurableApplicationContext instance) {
        return instance.getBean(AccountStatusRecorder.class);
    }

    private static RepositoryCalls calls(ConfigurableApplicationContext instance) {
        return instance.getBean(RepositoryCalls.class);
    }
}
