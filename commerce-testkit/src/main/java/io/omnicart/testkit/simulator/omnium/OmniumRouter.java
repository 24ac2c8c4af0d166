package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Serves one request: the token endpoint outside every limit; everything else needs a valid bearer token (401), then
 * passes the API user's rate limiter (429 + {@code Retry-After}), then is answered under the store lock and held in
 * flight for the configured latency.
 */
final class OmniumRouter implements Function<SimRequest, Mono<SimResponse>> {

    private final Object lock;
    private final TokenHandler tokenHandler;
    private final OmniumTokens tokens;
    private final OmniumRateLimiter limiter;
    private final OmniumOptions options;
    private final List<OmniumRoute> routes;

    OmniumRouter(
            Object lock,
            TokenHandler tokenHandler,
            OmniumTokens tokens,
            OmniumRateLimiter limiter,
            OmniumOptions options,
            List<OmniumRoute> routes) {
        this.lock = lock;
        this.tokenHandler = tokenHandler;
        this.tokens = tokens;
        this.limiter = limiter;
        this.options = options;
        this.routes = List.copyOf(routes);
    }

    @Override
    public Mono<SimResponse> apply(SimRequest request) {
        if (OmniumFaultResponses.isTokenPath(request.path())) {
            synchronized (lock) {
                return Mono.just(tokenHandler.token(request));
            }
        }
        Optional<String> user = tokens.user(bearer(request));
        if (user.isEmpty()) {
            return Mono.just(new OmniumFaultResponses().tokenExpired());
        }
        OmniumRateLimiter.Admission admission = limiter.admit(user.get());
        if (!admission.admitted()) {
            return Mono.just(new OmniumFaultResponses()
                    .rateLimited()
                    .withHeader("Retry-After", Long.toString(admission.retryAfterSeconds())));
        }
        // Release before the response is written (not in doFinally, which runs after it may already have been
        // flushed): a client that sends its next request on receiving this response must find the slot free.
        return inFlight(request)
                .doOnTerminate(() -> limiter.release(user.get()))
                .doOnCancel(() -> limiter.release(user.get()));
    }

    private Mono<SimResponse> inFlight(SimRequest request) {
        Duration latency = options.latency();
        Mono<SimResponse> answer = Mono.fromSupplier(() -> serve(request));
        return latency.isZero() ? answer : Mono.delay(latency).then(answer);
    }

    private SimResponse serve(SimRequest request) {
        synchronized (lock) {
            try {
                return dispatch(request);
            } catch (OmniumFailure failure) {
                return failure.response();
            } catch (RuntimeException unreadable) {
                return OmniumFailure.response(400, "The request is invalid: " + unreadable.getMessage());
            }
        }
    }

    private SimResponse dispatch(SimRequest request) {
        for (OmniumRoute route : routes) {
            Optional<List<String>> params = route.match(request.method(), request.path());
            if (params.isPresent()) {
                return route.handler().apply(request, params.get());
            }
        }
        return OmniumFailure.response(404, "No route for " + request.method() + " " + request.path());
    }

    private static String bearer(SimRequest request) {
        @Nullable String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "";
        }
        return header.substring(7).trim();
    }
}
