package io.omnicart.testkit.simulator.medusa;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.testkit.simulator.http.HttpUpstreamSimulator;
import io.omnicart.testkit.simulator.medusa.handler.MedusaBehavior;
import io.omnicart.testkit.simulator.medusa.handler.MedusaRouter;
import io.omnicart.testkit.simulator.medusa.handler.MedusaTokens;
import io.omnicart.testkit.simulator.medusa.state.MedusaCredentials;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.state.MedusaStore;
import io.omnicart.testkit.simulator.medusa.wire.MedusaJson;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A stateful in-memory Medusa v2 (2.21) Admin API on {@code 127.0.0.1} and a random port, built from the reference
 * {@code medusa-v2-admin-api.md} and its captured samples: the same routes, field selection ({@code fields} with
 * defaults, {@code +}, {@code *}), default page sizes, filters, {@code q}, status spellings, computed payment and
 * fulfillment statuses, action refusals, error bodies and quirks (200 {@code {}} for unknown collections and stores).
 *
 * <p>It accepts the admin {@link #adminEmail()} / {@link #adminPassword()} (JWT via {@code /auth/user/emailpass}) and
 * the secret key {@link #secretApiKey()} over HTTP Basic. Start one with {@link #start()} (empty store) or
 * {@link #standard()} (the {@link StandardSeed}); close it when done.
 */
public final class MedusaSimulator extends HttpUpstreamSimulator {

    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String ADMIN_PASSWORD = "supersecret";

    private final Object lock = new Object();
    private final MedusaCredentials credentials;
    private final MedusaStore store;
    private final MedusaTokens tokens = new MedusaTokens();
    private final MedusaBehavior behavior = new MedusaBehavior();

    private MedusaSimulator(Clock clock) {
        super(MedusaJson.mapper(), clock);
        this.credentials = new MedusaCredentials(ADMIN_EMAIL, ADMIN_PASSWORD, newSecretKey());
        this.store = new MedusaStore(clock, credentials);
        seeded(emptySeed());
        serve(new MedusaRouter(lock, store, tokens, behavior), new MedusaFaultResponses());
    }

    /** A running simulator with an empty store (a fresh Medusa: one store, sales channel and stock location). */
    public static MedusaSimulator start() {
        return new MedusaSimulator(Clock.systemUTC());
    }

    /** A running simulator whose clock is {@code clock} (timestamps, token expiry). */
    public static MedusaSimulator start(Clock clock) {
        return new MedusaSimulator(clock);
    }

    /** A running simulator seeded with {@link StandardSeed#create()}. */
    public static MedusaSimulator standard() {
        MedusaSimulator simulator = start();
        simulator.seed(StandardSeed.create());
        return simulator;
    }

    @Override
    public Platform platform() {
        return Platform.MEDUSA;
    }

    /** The secret API key, Medusa's recommended credential. */
    @Override
    public Credentials credentials() {
        return apiKeyCredentials();
    }

    public Credentials.ApiKey apiKeyCredentials() {
        return new Credentials.ApiKey(Secret.of(credentials.secretApiKey()));
    }

    public Credentials.EmailPassword emailPasswordCredentials() {
        return new Credentials.EmailPassword(ADMIN_EMAIL, Secret.of(ADMIN_PASSWORD));
    }

    /** The accepted secret key, {@code sk_} and 64 hex digits; stable for the simulator's lifetime. */
    public String secretApiKey() {
        return credentials.secretApiKey();
    }

    public String adminEmail() {
        return ADMIN_EMAIL;
    }

    public String adminPassword() {
        return ADMIN_PASSWORD;
    }

    @Override
    public SeededStore seed(Seed seed) {
        synchronized (lock) {
            store.clear();
            try {
                return seeded(new MedusaSeeder(store).seed(seed));
            } catch (MedusaFailure refused) {
                store.clear();
                throw new IllegalArgumentException(
                        "the seed describes an impossible history: " + refused.getMessage(), refused);
            }
        }
    }

    @Override
    public void expireTokens() {
        tokens.expireAll();
    }

    /** What a correct login answers with from now on (MFA or email verification still pending, or neither). */
    public void loginChallenge(MedusaLoginChallenge challenge) {
        behavior.loginChallenge(challenge);
    }

    /** Lifetime of tokens issued from now on; Medusa's default is one day. */
    public void tokenLifetime(Duration lifetime) {
        behavior.tokenLifetime(lifetime);
    }

    @Override
    protected void resetPlatform() {
        synchronized (lock) {
            store.clear();
            seeded(emptySeed());
        }
        tokens.expireAll();
        behavior.reset();
    }

    private SeededStore emptySeed() {
        return SeededStore.builder(
                        Seed.empty(store.store().name()),
                        store.store().id(),
                        store.location().id())
                .build();
    }

    private static String newSecretKey() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "sk_" + HexFormat.of().formatHex(bytes);
    }
}
