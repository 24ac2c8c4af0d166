package io.omnicart.testkit.simulator;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.net.URI;
import java.util.List;

/**
 * A stateful in-memory fake of one upstream commerce platform, speaking that platform's own JSON over HTTP on a random
 * loopback port. The adapter contract suite drives an adapter against it: it seeds a store, calls the adapter, and
 * checks both the adapter's answer and what the adapter sent upstream.
 *
 * <p>Implementations are thread-safe: the adapter may call concurrently while the test seeds, injects faults or reads
 * the recorded requests. Every implementation speaks its platform's wire format with its own wire model and never
 * shares code with the adapter under test.
 */
public interface UpstreamSimulator extends AutoCloseable {

    /** The platform this simulator imitates. */
    Platform platform();

    /** The base URL an adapter connects to, e.g. {@code http://127.0.0.1:43127}; no trailing slash, stable until closed. */
    URI baseUrl();

    /**
     * Credentials the simulator accepts, of the platform's recommended kind (a Medusa secret API key, an Omnium client
     * id and secret, …). Other accepted kinds are offered by the concrete simulator.
     */
    Credentials credentials();

    /**
     * Replaces the whole store with {@code seed} (earlier state, issued tokens and recorded requests stay untouched) and
     * returns the platform ids given to the seeded entities, so a test can address them by handle, SKU, email or key.
     *
     * @throws IllegalArgumentException if the seed refers to something it does not define (an unknown SKU, currency, …)
     */
    SeededStore seed(Seed seed);

    /** What the last {@link #seed(Seed)} produced; an empty store before the first seed. */
    SeededStore seeded();

    /** Answers the next matching resource request (authentication calls excluded) with {@code fault}, once. */
    default void failNext(Fault fault) {
        failNext(FaultRule.once(fault));
    }

    /** Answers the next {@code times} resource requests (authentication calls excluded) with {@code fault}. */
    default void failNext(int times, Fault fault) {
        failNext(FaultRule.once(fault).times(times));
    }

    /**
     * Queues a fault rule. Rules are consulted in the order they were queued; the first one matching a request fires
     * and uses up one of its {@link FaultRule#times()}. A request matching no rule is served normally.
     */
    void failNext(FaultRule rule);

    /** Drops every fault rule not yet used up. */
    void clearFaults();

    /**
     * Makes every token issued so far invalid, as if it had expired: the next request carrying one gets the platform's
     * 401, and a fresh login works. Long-lived keys (a Medusa secret API key) are not affected.
     */
    void expireTokens();

    /**
     * Every request received since the last {@link #reset()} or {@link #clearRequests()}, in arrival order, including
     * those answered with a fault. Authorization headers are masked.
     */
    List<RecordedRequest> requests();

    /** Forgets the recorded requests. */
    void clearRequests();

    /**
     * Back to a freshly started simulator: empty store, no faults, no recorded requests, all tokens invalid, default
     * behaviour switches. The base URL stays the same.
     */
    void reset();

    /** Stops the server; idempotent. */
    @Override
    void close();
}
