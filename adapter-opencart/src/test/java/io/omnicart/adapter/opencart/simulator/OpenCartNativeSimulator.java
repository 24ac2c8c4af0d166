package io.omnicart.adapter.opencart.simulator;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.testkit.simulator.UpstreamSimulator;
import io.omnicart.testkit.simulator.http.HttpUpstreamSimulator;
import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * One OpenCart store on one loopback origin: OpenCart's native API ({@code /index.php?route=api/…}, 3.0 or 4.0 route
 * style or 4.1's signed calls, simulated here with its real side effects written into the store database) and the project's real bridge
 * ({@code /omnicart-bridge.php}, run by {@code php -S} and reached through {@link OpenCartBridgeProxy}). Non-API routes
 * answer the storefront, or the 503 maintenance page when {@code config_maintenance} is on (API routes keep working,
 * reference §9). Faults, request recording and token expiry work as in every {@link UpstreamSimulator}.
 */
public final class OpenCartNativeSimulator extends HttpUpstreamSimulator {

    public static final String USERNAME = "omnicart";
    public static final String KEY = "0mn1c4rtT35tK3y0000000000000000000000000000000000000000000000001";

    private final String version;
    private final OpenCartDatabase database;
    private final OpenCartApiUsers users;
    private final OpenCartNativeApi nativeApi;
    private final OpenCartBridgeProxy bridge;
    private final OpenCartPages pages = new OpenCartPages();
    private final Seeding seeding;

    public OpenCartNativeSimulator(String version, OpenCartDatabase database, URI php, Clock clock, Seeding seeding) {
        this(JsonMapper.builder().build(), version, database, php, clock, seeding);
    }

    private OpenCartNativeSimulator(
            JsonMapper json, String version, OpenCartDatabase database, URI php, Clock clock, Seeding seeding) {
        super(json, clock);
        this.version = version;
        this.database = database;
        this.users = new OpenCartApiUsers(
                database, clock, version.equals("3.0") ? Duration.ofSeconds(1440) : Duration.ofHours(1));
        this.nativeApi =
                new OpenCartNativeApi(version, users, new OpenCartStockAndHistory(database, clock), pages, json, clock);
        this.bridge = new OpenCartBridgeProxy(php, json);
        this.seeding = seeding;
        seeded(empty());
        serveAsync(this::route, new OpenCartFaultResponses());
    }

    /** Whether this simulator speaks the 4.0 routes ({@code api/account/login}, {@code api/sale/…}). */
    public boolean is40() {
        return version.equals("4.0");
    }

    /** The protocol line: {@code 3.0}, {@code 4.0} or {@code 4.1} (signed {@code api/order&call=…} calls only). */
    public String version() {
        return version;
    }

    public OpenCartDatabase database() {
        return database;
    }

    /** Native sessions currently alive. */
    public int liveSessions() {
        return users.live();
    }

    private Mono<SimResponse> route(SimRequest request) {
        if (request.path().endsWith("/omnicart-bridge.php")) {
            return bridge.forward(request);
        }
        String route = request.query().single("route");
        return Mono.fromCallable(() -> page(request, route)).subscribeOn(Schedulers.boundedElastic());
    }

    private SimResponse page(SimRequest request, String route) throws SQLException {
        if (!request.path().equals("/index.php") && !request.path().equals("/")) {
            return pages.notFound();
        }
        if (route != null && route.startsWith("api")) {
            return nativeApi.handle(request, route);
        }
        try (Connection db = database.connect()) {
            return "1".equals(OpenCartStockAndHistory.setting(db, "config_maintenance"))
                    ? pages.maintenance()
                    : pages.storefront();
        }
    }

    @Override
    public Platform platform() {
        return Platform.OPENCART;
    }

    @Override
    public Credentials credentials() {
        return new Credentials.ApiUser(USERNAME, Secret.of(KEY));
    }

    @Override
    public SeededStore seed(Seed seed) {
        return seeded(seeding.seed(seed));
    }

    @Override
    public void expireTokens() {
        users.expireAll();
    }

    @Override
    protected void resetPlatform() {
        users.expireAll();
        seeding.clear();
        seeded(empty());
    }

    private static SeededStore empty() {
        return SeededStore.builder(Seed.empty("OpenCart"), "0", "0").build();
    }

    /** How the store database takes a seed, and goes back to holding none (a fixture store keeps its rows). */
    public interface Seeding {
        SeededStore seed(Seed seed);

        void clear();
    }
}
