package io.omnicart.adapter.opencart.simulator;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.testkit.simulator.FaultRule;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.UpstreamSimulator;
import io.omnicart.testkit.simulator.http.RequestRecorder;
import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.http.SimulatorEngine;
import io.omnicart.testkit.simulator.http.SimulatorServer;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
public final class OpenCartNativeSimulator implements UpstreamSimulator {

    public static final String USERNAME = "omnicart";
    public static final String KEY = "0mn1c4rtT35tK3y0000000000000000000000000000000000000000000000001";

    private final String version;
    private final OpenCartDatabase database;
    private final OpenCartApiUsers users;
    private final OpenCartNativeApi nativeApi;
    private final OpenCartBridgeProxy bridge;
    private final OpenCartPages pages = new OpenCartPages();
    private final RequestRecorder recorder;
    private final SimulatorEngine engine;
    private final SimulatorServer server;
    private final Seeding seeding;
    private volatile SeededStore seeded;

    public OpenCartNativeSimulator(String version, OpenCartDatabase database, URI php, Clock clock, Seeding seeding) {
        JsonMapper json = JsonMapper.builder().build();
        this.version = version;
        this.database = database;
        this.users = new OpenCartApiUsers(
                database, clock, version.equals("3.0") ? Duration.ofSeconds(1440) : Duration.ofHours(1));
        this.nativeApi =
                new OpenCartNativeApi(version, users, new OpenCartStockAndHistory(database, clock), pages, json, clock);
        this.bridge = new OpenCartBridgeProxy(php, json);
        this.recorder = new RequestRecorder(json, clock);
        this.engine = SimulatorEngine.async(this::route, new OpenCartFaultResponses(), recorder, json);
        this.server = SimulatorServer.start(engine, json);
        this.seeding = seeding;
        this.seeded = empty();
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
    public URI baseUrl() {
        return server.baseUrl();
    }

    @Override
    public Credentials credentials() {
        return new Credentials.ApiUser(USERNAME, Secret.of(KEY));
    }

    @Override
    public SeededStore seed(Seed seed) {
        seeded = seeding.seed(seed);
        return seeded;
    }

    @Override
    public SeededStore seeded() {
        return seeded;
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
        users.expireAll();
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
        engine.clearFaults();
        recorder.clear();
        users.expireAll();
        seeding.clear();
        seeded = empty();
    }

    private static SeededStore empty() {
        return SeededStore.builder(Seed.empty("OpenCart"), "0", "0").build();
    }

    /** How the store database takes a seed, and goes back to holding none (a fixture store keeps its rows). */
    public interface Seeding {
        SeededStore seed(Seed seed);

        void clear();
    }

    @Override
    public void close() {
        server.close();
    }
}
