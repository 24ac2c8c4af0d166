package io.omnicart.testkit.simulator.http;

import io.omnicart.testkit.simulator.Fault;
import io.omnicart.testkit.simulator.FaultRule;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request pipeline shared by all simulators: record, pick a pending fault, then either answer with the fault or
 * let the platform router answer (possibly late, or with its body rewritten).
 */
public final class SimulatorEngine {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private final Function<SimRequest, Mono<SimResponse>> router;
    private final FaultResponses faultResponses;
    private final RequestRecorder recorder;
    private final FaultInjector faults = new FaultInjector();
    private final JsonMapper mapper;

    public SimulatorEngine(
            Function<SimRequest, SimResponse> router,
            FaultResponses faultResponses,
            RequestRecorder recorder,
            JsonMapper mapper) {
        this(asyncOf(router), faultResponses, recorder, mapper, true);
    }

    private SimulatorEngine(
            Function<SimRequest, Mono<SimResponse>> router,
            FaultResponses faultResponses,
            RequestRecorder recorder,
            JsonMapper mapper,
            boolean ignored) {
        this.router = router;
        this.faultResponses = faultResponses;
        this.recorder = recorder;
        this.mapper = mapper;
    }

    /** An engine whose router answers asynchronously (e.g. to hold a request in flight for a simulated latency). */
    public static SimulatorEngine async(
            Function<SimRequest, Mono<SimResponse>> router,
            FaultResponses faultResponses,
            RequestRecorder recorder,
            JsonMapper mapper) {
        return new SimulatorEngine(router, faultResponses, recorder, mapper, true);
    }

    private static Function<SimRequest, Mono<SimResponse>> asyncOf(Function<SimRequest, SimResponse> router) {
        return request -> Mono.fromSupplier(() -> router.apply(request));
    }

    public void addFault(FaultRule rule) {
        faults.add(rule);
    }

    public void clearFaults() {
        faults.clear();
    }

    public Mono<Outcome> handle(SimRequest request) {
        recorder.record(request);
        boolean authCall = faultResponses.isAuthPath(request.path());
        Fault fault = faults.take(request.method(), request.path(), authCall).orElse(null);
        return respond(request, fault);
    }

    private Mono<Outcome> respond(SimRequest request, @Nullable Fault fault) {
        return switch (fault) {
            case null -> serve(request);
            case Fault.Slow slow -> Mono.delay(slow.delay()).then(serve(request));
            case Fault.MalformedJson ignored -> serve(request).map(this::malformed);
            case Fault.UnknownFields ignored -> serve(request).map(SimulatorEngine::withUnknownFields);
            case Fault.ConnectionReset ignored -> Mono.just(Outcome.drop(true));
            case Fault.ConnectionClose ignored -> Mono.just(Outcome.drop(false));
            default -> Mono.just(Outcome.reply(faultResponse(fault)));
        };
    }

    private Mono<Outcome> serve(SimRequest request) {
        return Mono.defer(() -> router.apply(request)).map(Outcome::reply);
    }

    private SimResponse faultResponse(Fault fault) {
        return switch (fault) {
            case Fault.TokenExpired ignored -> faultResponses.tokenExpired();
            case Fault.RateLimited limited ->
                faultResponses
                        .rateLimited()
                        .withHeader("Retry-After", seconds(limited.retryAfter().toSeconds()));
            case Fault.RateLimitedUntil until ->
                faultResponses.rateLimited().withHeader("Retry-After", HTTP_DATE.format(until.retryAt()));
            case Fault.Status status -> statusResponse(status);
            default -> throw new IllegalStateException("not a response fault: " + fault);
        };
    }

    private SimResponse statusResponse(Fault.Status fault) {
        SimResponse response = fault.body() == null
                ? faultResponses.status(fault.status())
                : SimResponse.text(fault.status(), contentType(fault), fault.body());
        for (var header : fault.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }

    private static String contentType(Fault.Status fault) {
        return fault.contentType() == null ? SimResponse.APPLICATION_JSON : fault.contentType();
    }

    private Outcome malformed(Outcome outcome) {
        SimResponse response = outcome.response();
        if (response == null) {
            return outcome;
        }
        String serialized = response.json() == null ? response.text() : mapper.writeValueAsString(response.json());
        return Outcome.reply(new SimResponse(
                response.status(),
                SimResponse.APPLICATION_JSON,
                response.headers(),
                null,
                JsonTweaks.truncated(serialized)));
    }

    private static Outcome withUnknownFields(Outcome outcome) {
        SimResponse response = outcome.response();
        if (response == null || response.json() == null) {
            return outcome;
        }
        return Outcome.reply(response.withJson(JsonTweaks.withUnknownFields(response.json())));
    }

    private static String seconds(long value) {
        return Long.toString(Math.max(0, value));
    }

    /** Formats an instant as an HTTP-date, as {@code Retry-After} carries it. */
    public static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }
}
