package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves one request: the token endpoint outside every limit; everything else needs a valid bearer token (401), then
 * passes the rate limiter for its gate (429 + {@code Retry-After}), then the role check (403), then is answered under
 * the store lock and held in flight for the configured latency. Counts requests per route.
 */
final class OmniumRouter implements Function<SimRequest, Mono<SimResponse>> {

    static final String TOKEN_ROUTE = "POST /api/Token";
    static final String UNMATCHED_ROUTE = "UNMATCHED";

    private final Object lock;
    private final TokenHandler tokenHandler;
    private final OmniumTokens tokens;
    private final OmniumApiUsers users;
    private final OmniumRateLimiter limiter;
    private final OmniumOptions options;
    private final OmniumCaller caller;
    private final Runnable beforeEachCall;
    private final List<OmniumRoute> routes;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> hold = CompletableFuture.completedFuture(null);

    OmniumRouter(
            Object lock,
            TokenHandler tokenHandler,
            OmniumTokens tokens,
            OmniumApiUsers users,
            OmniumRateLimiter limiter,
            OmniumOptions options,
            OmniumCaller caller,
            Runnable beforeEachCall,
            List<OmniumRoute> routes) {
        this.lock = lock;
        this.tokenHandler = tokenHandler;
        this.tokens = tokens;
        this.users = users;
        this.limiter = limiter;
        this.options = options;
        this.caller = caller;
        this.beforeEachCall = beforeEachCall;
        this.routes = List.copyOf(routes);
    }

    @Override
    public Mono<SimResponse> apply(SimRequest request) {
        if (OmniumFaultResponses.isTokenPath(request.path())) {
            count(TOKEN_ROUTE);
            synchronized (lock) {
                return Mono.just(tokenHandler.token(request));
            }
        }
        Matched matched = match(request);
        count(matched == null ? UNMATCHED_ROUTE : matched.route().key());
        Optional<OmniumApiUsers.User> user = tokens.user(bearer(request)).flatMap(users::user);
        if (user.isEmpty()) {
            return Mono.just(new OmniumFaultResponses().tokenExpired());
        }
        if (matched == null) {
            return Mono.just(
                    styled(OmniumFailure.response(404, "No route for " + request.method() + " " + request.path())));
        }
        String clientId = user.get().clientId();
        OmniumAccess.Gate gate = matched.route().access().gate();
        OmniumRateLimiter.Admission admission = limiter.admit(clientId, gate);
        if (!admission.admitted()) {
            return Mono.just(styled(new OmniumFaultResponses().rateLimited())
                    .withHeader("Retry-After", Long.toString(admission.retryAfterSeconds())));
        }
        // Release before the response is written (not in doFinally, which runs after it may already have been
        // flushed): a client that sends its next request on receiving this response must find the slot free.
        return inFlight(request, matched, user.get())
                .doOnTerminate(() -> limiter.release(clientId, gate))
                .doOnCancel(() -> limiter.release(clientId, gate));
    }

    private @Nullable Matched match(SimRequest request) {
        for (OmniumRoute route : routes) {
            Optional<List<String>> params = route.match(request.method(), request.path());
            if (params.isPresent()) {
                return new Matched(route, params.get());
            }
        }
        return null;
    }

    private Mono<SimResponse> inFlight(SimRequest request, Matched matched, OmniumApiUsers.User user) {
        Duration latency = options.latency();
        Mono<SimResponse> answer = Mono.fromSupplier(() -> styled(serve(request, matched, user)));
        CompletableFuture<Void> gate = hold;
        if (!gate.isDone()) {
            answer = Mono.fromFuture(gate).then(answer);
        }
        return latency.isZero() ? answer : Mono.delay(latency).then(answer);
    }

    /** Admitted requests wait (in flight) until {@link #release()}; rejections still answer at once. */
    void hold() {
        if (hold.isDone()) {
            hold = new CompletableFuture<>();
        }
    }

    void release() {
        hold.complete(null);
    }

    private SimResponse serve(SimRequest request, Matched matched, OmniumApiUsers.User user) {
        OmniumAccess access = matched.route().access();
        if (!access.grantedBy(user.roles(), options.adminImpliesRead())) {
            return OmniumFailure.response(
                    403, "The API user lacks the role " + access.requiredRole() + " this endpoint needs");
        }
        synchronized (lock) {
            caller.enter(user);
            try {
                beforeEachCall.run();
                return matched.route().handler().apply(request, matched.params());
            } catch (OmniumFailure failure) {
                return failure.response();
            } catch (RuntimeException unreadable) {
                return OmniumFailure.response(400, "The request is invalid: " + unreadable.getMessage());
            } finally {
                caller.leave();
            }
        }
    }

    /** Rewrites a {@code {"message"}} error into ProblemDetails when so configured; cart bodies stay as they are. */
    private SimResponse styled(SimResponse response) {
        JsonNode body = response.json();
        if (options.errorBodyStyle() != OmniumOptions.ErrorBodyStyle.PROBLEM_DETAILS
                || response.status() < 400
                || !(body instanceof ObjectNode object)
                || !object.has("message")
                || object.has("isSuccessful")) {
            return response;
        }
        ObjectNode problem = OmniumJson.object();
        problem.put("type", "https://tools.ietf.org/html/rfc9110#section-15");
        problem.put("title", object.get("message").asString());
        problem.put("status", response.status());
        problem.put("detail", object.get("message").asString());
        return response.withJson(problem);
    }

    private void count(String key) {
        counts.computeIfAbsent(key, ignored -> new LongAdder()).increment();
    }

    /** Requests received per route key ({@code "GET /api/Orders/{id}"}), sorted by key. */
    Map<String, Long> counts() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }

    void resetCounts() {
        counts.clear();
    }

    private static String bearer(SimRequest request) {
        @Nullable String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "";
        }
        return header.substring(7).trim();
    }

    private record Matched(OmniumRoute route, List<String> params) {}
}
