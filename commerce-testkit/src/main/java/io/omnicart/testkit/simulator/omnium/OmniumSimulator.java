package io.omnicart.testkit.simulator.omnium;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.testkit.simulator.Fault;
import io.omnicart.testkit.simulator.http.HttpUpstreamSimulator;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeededStore;
import io.omnicart.testkit.simulator.seed.StandardSeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A stateful in-memory Omnium REST API on {@code 127.0.0.1} and a random port, built from the reference
 * {@code omnium-api.md} §12: client-credential tokens with expiry, API users with roles (403) and market scope, the
 * rate limits (per-user 20, tenant 40, product/inventory reads 150, batch calls 4, initial scrolls, token bucket; 429 +
 * {@code Retry-After}), order search with its paging caps, scroll sessions, orders with payments, shipments and
 * tracking, order actions (UpdateStatus, OrderLinesUpdate, comments, patches, locks and conflicts), carts and their
 * conversion, products with calculated stock, inventory batch updates, categories, private and business customers,
 * tenant settings. Unknowns the reference marks configurable are in {@link #options()}. Counters for load tests:
 * {@link #maxConcurrentRequests()}, {@link #peakConcurrency(OmniumLimit)}, {@link #rateLimitedRequests()},
 * {@link #requestCounts()}.
 */
public final class OmniumSimulator extends HttpUpstreamSimulator {

    public static final String CLIENT_ID = "omnicart-sim-client";
    public static final String CLIENT_SECRET = "omnicart-sim-secret";

    private final Object lock = new Object();
    private final Clock clock;
    private final OmniumOptions options = new OmniumOptions();
    private final OmniumStore store = new OmniumStore();
    private final OmniumTokens tokens;
    private final OmniumApiUsers users = new OmniumApiUsers(CLIENT_ID, CLIENT_SECRET);
    private final OmniumCaller caller = new OmniumCaller(options);
    private final OmniumRateLimiter limiter;
    private final OmniumScrolls scrolls;
    private final OmniumRouter router;

    private OmniumSimulator(Clock clock) {
        super(OmniumJson.mapper(), clock);
        this.clock = clock;
        this.tokens = new OmniumTokens(clock);
        this.limiter = new OmniumRateLimiter(clock, options);
        this.scrolls = new OmniumScrolls(clock, options);
        this.router = router();
        seeded(emptySeed());
        serveAsync(router, new OmniumFaultResponses());
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
        TokenHandler tokenHandler = new TokenHandler(users, tokens, options);
        OmniumWorkflow workflow = new OmniumWorkflow(store, options, clock);
        List<OmniumRoute> routes = OmniumRoutes.all(new OmniumRoutes.Handlers(
                new OrderSearchHandler(store, scrolls, options, caller),
                new OrderActionsHandler(store, options, caller, workflow, clock),
                new OrderCreateHandler(store, options, workflow, clock),
                new SettingsHandler(store, options),
                new CustomersHandler(store, options, caller, scrolls),
                new ProductsHandler(store, options, scrolls, clock),
                new CategoriesHandler(store, scrolls, clock),
                new InventoryHandler(store, scrolls, clock),
                new CartsHandler(store, options, caller, scrolls, workflow, clock)));
        Runnable settle = () -> store.settle(clock.instant());
        return new OmniumRouter(lock, tokenHandler, tokens, users, limiter, options, caller, settle, routes);
    }

    @Override
    public Platform platform() {
        return Platform.OMNIUM;
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
            return seeded(new OmniumSeeder(store, clock.instant()).seed(seed));
        }
    }

    /** Adds {@code count} minimal {@code New} orders ({@code B0000001}…), created one second apart. */
    public void seedBulkOrders(int count) {
        synchronized (lock) {
            new OmniumSeeder(store, clock.instant()).bulk(count, Instant.parse("2025-01-01T00:00:00Z"));
        }
    }

    /** Holds (true) or releases (false) an order as if another operation locked it: writes answer 409. */
    public void lockOrder(String orderId, boolean locked) {
        synchronized (lock) {
            store.lock(orderId, locked);
        }
    }

    /** Makes the next write on the order answer 409, as an optimistic-concurrency conflict would (§12 r23). */
    public void conflictOnNextWrite(String orderId) {
        synchronized (lock) {
            store.conflictOnNextWrite(orderId);
        }
    }

    /**
     * Adds an API user (reference §1) who logs in with these credentials and holds these roles, e.g. {@code
     * "OrderRead"}, {@code "ProductAdmin"}, {@code "CommerceUser"}, {@code "ApiOwner"}, {@code "market-DE"}. A call
     * whose role is missing answers 403; {@code market-<id>} roles (without {@code AllMarkets}) hide other markets'
     * orders, carts and customers. The simulator's own user ({@link #credentials()}) is {@code ApiOwner}. Users added
     * here are forgotten by {@link #reset()}.
     */
    public void addApiUser(String clientId, String clientSecret, String... roles) {
        users.add(new OmniumApiUsers.User(clientId, clientSecret, java.util.Set.of(roles)));
    }

    /**
     * The most requests one API user ever had in flight at once under the per-user limit (product and inventory reads,
     * which have their own gate, excluded), since start, {@link #reset()} or {@link #resetCounters()}. A client that
     * respects the limit keeps this at or below {@link OmniumOptions#concurrencyLimit()}.
     */
    public int maxConcurrentRequests() {
        return limiter.peak(OmniumLimit.USER_CONCURRENCY);
    }

    /** As {@link #maxConcurrentRequests()}, for one API user. */
    public int maxConcurrentRequests(String clientId) {
        return limiter.peak(clientId);
    }

    /** The most requests of all API users in flight at once under the tenant-wide limit (40). */
    public int maxTenantConcurrentRequests() {
        return limiter.peak(OmniumLimit.TENANT_CONCURRENCY);
    }

    /** The most requests of every kind (product reads included) in flight at once, tenant-wide. */
    public int maxInFlightRequests() {
        return limiter.peakAll();
    }

    /**
     * The highest in-flight count the gate behind {@code limit} saw: per user ({@code USER_CONCURRENCY}, also per user
     * for the high-traffic, batch and scroll-start gates) or tenant-wide ({@code TENANT_CONCURRENCY}); 0 for
     * {@code TOKEN_BUCKET}.
     */
    public int peakConcurrency(OmniumLimit limit) {
        return limiter.peak(limit);
    }

    /** How many requests the rate limiter answered with 429 (faults injected with {@link #rateLimitNext} excluded). */
    public long rateLimitedRequests() {
        return limiter.rejected();
    }

    /** How many requests {@code limit} answered with 429. */
    public long rateLimitedRequests(OmniumLimit limit) {
        return limiter.rejected(limit);
    }

    /**
     * Requests received per route, keyed {@code "METHOD /template"} as the route is declared (e.g. {@code "GET
     * /api/Orders/{id}"}, {@code "POST /api/Token"}; unknown paths under {@code "UNMATCHED"}), whatever the answer.
     */
    public java.util.Map<String, Long> requestCounts() {
        return router.counts();
    }

    /** Requests received by one route, e.g. {@code requestCount("PUT", "/api/Inventory/UpdateMany")}. */
    public long requestCount(String method, String template) {
        return router.counts().getOrDefault(method + " " + template, 0L);
    }

    /**
     * Holds every admitted API request in flight until {@link #releaseRequests()} (rate-limit rejections and token
     * calls still answer at once): a deterministic way to fill the concurrency gates in tests, without timing.
     */
    public void holdRequests() {
        router.hold();
    }

    /** Lets held requests (and all later ones) through. */
    public void releaseRequests() {
        router.release();
    }

    /** API requests admitted and not yet answered, right now. */
    public int requestsInFlight() {
        return limiter.inFlight();
    }

    /** Zeroes the load counters (peaks, 429 counts, per-route counts) without touching data, tokens or buckets. */
    public void resetCounters() {
        limiter.resetCounters();
        router.resetCounts();
    }

    /** Forces the next {@code times} API calls (token calls excluded) to 429 with {@code Retry-After}. */
    public void rateLimitNext(int times, Duration retryAfter) {
        failNext(times, Fault.rateLimited(retryAfter));
    }

    @Override
    public void expireTokens() {
        tokens.expireAll();
    }

    @Override
    protected void resetPlatform() {
        synchronized (lock) {
            store.clear();
            scrolls.clear();
            seeded(emptySeed());
        }
        router.release();
        tokens.expireAll();
        limiter.reset();
        router.resetCounts();
        users.reset();
        options.reset();
    }

    @Override
    public void close() {
        router.release();
        super.close();
    }

    private SeededStore emptySeed() {
        return SeededStore.builder(Seed.empty("Omnium"), OmniumSeeder.STORE_ID, OmniumSeeder.STORE_ID)
                .build();
    }
}
