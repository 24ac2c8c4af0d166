package io.omnicart.testkit.simulator.omnium;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.testkit.simulator.Fault;
import io.omnicart.testkit.simulator.FaultRule;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.UpstreamSimulator;
import io.omnicart.testkit.simulator.http.RequestRecorder;
import io.omnicart.testkit.simulator.http.SimulatorEngine;
import io.omnicart.testkit.simulator.http.SimulatorServer;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A stateful in-memory Omnium REST API on {@code 127.0.0.1} and a random port, built from the reference
 * {@code omnium-api.md} §12: client-credential tokens with expiry, bearer auth, per-API-user concurrency gate and token
 * bucket (429 + {@code Retry-After}), order search with its paging caps, scroll sessions, order actions (UpdateStatus,
 * comments, tags, locks) and tenant settings. Unknowns the reference marks configurable are in {@link #options()}.
 */
public final class OmniumSimulator implements UpstreamSimulator {

    public static final String CLIENT_ID = "omnicart-sim-client";
    public static final String CLIENT_SECRET = "omnicart-sim-secret";

    private final Object lock = new Object();
    private final Clock clock;
    private final OmniumOptions options = new OmniumOptions();
    private final OmniumStore store = new OmniumStore();
    private final OmniumTokens tokens;
    private final OmniumRateLimiter limiter;
    private final OmniumScrolls scrolls;
    private final RequestRecorder recorder;
    private final SimulatorEngine engine;
    private final SimulatorServer server;
    private volatile SeededStore seeded;

    private OmniumSimulator(Clock clock) {
        this.clock = clock;
        this.tokens = new OmniumTokens(clock);
        this.limiter = new OmniumRateLimiter(clock, options);
        this.scrolls = new OmniumScrolls(clock, options);
        this.recorder = new RequestRecorder(OmniumJson.mapper(), clock);
        this.engine = SimulatorEngine.async(router(), new OmniumFaultResponses(), recorder, OmniumJson.mapper());
        this.server = SimulatorServer.start(engine, OmniumJson.mapper());
        this.seeded = emptySeed();
    }

    /** A running simulator with an empty tenant. */
    public static OmniumSimulator start() {
        return new OmniumSimulator(Clock.systemUTC());
    }

    /** A running simulator whose clock is {@code clock} (timestamps, token and scroll expiry, bucket refills). */
    public static OmniumSimulator start(Clock clock) {
        return new OmniumSimulator(clock);
    }

    /** A running simulator seeded with {@link StandardSeed#create()}. */
    public static OmniumSimulator standard() {
        OmniumSimulator simulator = start();
        simulator.seed(StandardSeed.create());
        return simulator;
    }

    private OmniumRouter router() {
        TokenHandler tokenHandler = new TokenHandler(CLIENT_ID, CLIENT_SECRET, tokens, options);
        List<OmniumRoute> routes = OmniumRoutes.all(
                new OrderSearchHandler(store, scrolls, options),
                new OrderActionsHandler(store, clock),
                new SettingsHandler(store),
                new CustomersHandler(store, options),
                new ProductsHandler(store, options),
                new CartsHandler(store, options, clock),
                new OrderCreateHandler(store, clock));
        return new OmniumRouter(lock, tokenHandler, tokens, limiter, options, routes);
    }

    @Override
    public Platform platform() {
        return Platform.OMNIUM;
    }

    @Override
    public URI baseUrl() {
        return server.baseUrl();
    }

    @Override
    public Credentials credentials() {
        return new Credentials.ClientCredentials(CLIENT_ID, Secret.of(CLIENT_SECRET));
    }

    public String clientId() {
        return CLIENT_ID;
    }

    public String clientSecret() {
        return CLIENT_SECRET;
    }

    /** The behaviour switches (token lifetime, paging and scroll unknowns, rate limits, latency). */
    public OmniumOptions options() {
        return options;
    }

    @Override
    public SeededStore seed(Seed seed) {
        synchronized (lock) {
            store.clear();
            scrolls.clear();
            seeded = new OmniumSeeder(store).seed(seed);
            return seeded;
        }
    }

    /** Adds {@code count} minimal {@code New} orders ({@code B0000001}…), created one second apart. */
    public void seedBulkOrders(int count) {
        synchronized (lock) {
            new OmniumSeeder(store).bulk(count, Instant.parse("2025-01-01T00:00:00Z"));
        }
    }

    @Override
    public SeededStore seeded() {
        return seeded;
    }

    /** Holds (true) or releases (false) an order as if another operation locked it: writes answer 409. */
    public void lockOrder(String orderId, boolean locked) {
        synchronized (lock) {
            store.lock(orderId, locked);
        }
    }

    /** The most requests one API user ever had in flight at once (since start or {@link #reset()}). */
    public int maxConcurrentRequests() {
        return limiter.maxConcurrent();
    }

    /** How many requests the rate limiter answered with 429. */
    public long rateLimitedRequests() {
        return limiter.rejected();
    }

    /** Forces the next {@code times} API calls (token calls excluded) to 429 with {@code Retry-After}. */
    public void rateLimitNext(int times, Duration retryAfter) {
        failNext(times, Fault.rateLimited(retryAfter));
    }

    @Override
    public void failNext(FaultRule rule) {
        engine.addFault(rule);
    }

    @Override
    public void clearFaults() {
        engine.clearFaults();
    }

    @Override
    public void expireTokens() {
        tokens.expireAll();
    }

    @Override
    public List<RecordedRequest> requests() {
        return recorder.requests();
    }

    @Override
    public void clearRequests() {
        recorder.clear();
    }

    @Override
    public void reset() {
        synchronized (lock) {
            store.clear();
            scrolls.clear();
            seeded = emptySeed();
        }
        engine.clearFaults();
        recorder.clear();
        tokens.expireAll();
        limiter.reset();
        options.reset();
    }

    @Override
    public void close() {
        server.close();
    }

    private SeededStore emptySeed() {
        return SeededStore.builder(Seed.empty("Omnium"), OmniumSeeder.STORE_ID, OmniumSeeder.STORE_ID)
                .build();
    }
}
