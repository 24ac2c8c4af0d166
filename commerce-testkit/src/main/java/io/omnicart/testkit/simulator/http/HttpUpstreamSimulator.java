package io.omnicart.testkit.simulator.http;

import io.omnicart.testkit.simulator.FaultRule;
import io.omnicart.testkit.simulator.RecordedRequest;
import io.omnicart.testkit.simulator.UpstreamSimulator;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plumbing every HTTP simulator shares: the request recorder, the engine that records, injects faults and routes,
 * the loopback server and the seeded store. A platform's simulator builds its router and calls {@link #serve} or
 * {@link #serveAsync} once, last in its constructor, and records its empty store with {@link #seeded(SeededStore)}; it
 * adds its credentials, seeding, token expiry and {@link #resetPlatform()}.
 */
public abstract class HttpUpstreamSimulator implements UpstreamSimulator {

    private final JsonMapper json;
    private final RequestRecorder recorder;
    private SimulatorEngine engine;
    private SimulatorServer server;
    private volatile SeededStore seeded;

    protected HttpUpstreamSimulator(JsonMapper json, Clock clock) {
        this.json = json;
        this.recorder = new RequestRecorder(json, clock);
    }

    /** Starts answering on a random loopback port with a router that answers at once. */
    protected final void serve(Function<SimRequest, SimResponse> router, FaultResponses faults) {
        start(new SimulatorEngine(router, faults, recorder, json));
    }

    /** Starts answering with a router that answers asynchronously (latency, held requests, blocking I/O). */
    protected final void serveAsync(Function<SimRequest, Mono<SimResponse>> router, FaultResponses faults) {
        start(SimulatorEngine.async(router, faults, recorder, json));
    }

    private void start(SimulatorEngine started) {
        if (engine != null) {
            throw new IllegalStateException("the simulator is already serving");
        }
        this.engine = started;
        this.server = SimulatorServer.start(started, json);
    }

    @Override
    public final URI baseUrl() {
        return server.baseUrl();
    }

    @Override
    public final SeededStore seeded() {
        return seeded;
    }

    /** Remembers what the store now holds and returns it. */
    protected final SeededStore seeded(SeededStore store) {
        this.seeded = store;
        return store;
    }

    @Override
    public final void failNext(FaultRule rule) {
        engine.addFault(rule);
    }

    @Override
    public final void clearFaults() {
        engine.clearFaults();
    }

    @Override
    public final List<RecordedRequest> requests() {
        return recorder.requests();
    }

    @Override
    public final void clearRequests() {
        recorder.clear();
    }

    /** No faults, no recorded requests, then the platform's own reset ({@link #resetPlatform()}). */
    @Override
    public final void reset() {
        clearFaults();
        clearRequests();
        resetPlatform();
    }

    /** Back to a freshly started platform: empty store (see {@link #seeded(SeededStore)}), tokens invalid, defaults. */
    protected abstract void resetPlatform();

    @Override
    public void close() {
        server.close();
    }
}
