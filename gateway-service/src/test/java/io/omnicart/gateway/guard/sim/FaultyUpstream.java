package io.omnicart.gateway.guard.sim;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A tiny store on loopback with fault injection: {@code POST /auth/token} issues bearer tokens, {@code GET /inventory}
 * reads, {@code POST /inventory} writes. It counts what it really processed, so tests can prove a write was not
 * repeated and a login happened once. Its own wire format; it shares no code with the test adapter.
 */
public final class FaultyUpstream implements AutoCloseable {

    public final AtomicInteger logins = new AtomicInteger();
    public final AtomicInteger requests = new AtomicInteger();
    public final AtomicInteger reads = new AtomicInteger();
    public final AtomicInteger writes = new AtomicInteger();
    public final AtomicInteger rateLimited = new AtomicInteger();

    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final DisposableServer server;
    private volatile Duration loginDelay = Duration.ZERO;
    private volatile Instant stormUntil = Instant.EPOCH;
    private volatile int stormRetryAfterSeconds = 1;
    private volatile boolean down;
    private final AtomicInteger answerNextWritesWith503AfterProcessing = new AtomicInteger();

    public FaultyUpstream() {
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .route(routes -> routes.post("/auth/token", this::login)
                        .get("/inventory", (req, res) -> guarded(req, res, false))
                        .post("/inventory", (req, res) -> guarded(req, res, true)))
                .bindNow();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public void loginDelay(Duration delay) {
        this.loginDelay = delay;
    }

    /** Answer every store call with 429 + {@code Retry-After: seconds} for {@code duration}. */
    public void storm(Duration duration, int retryAfterSeconds) {
        this.stormRetryAfterSeconds = retryAfterSeconds;
        this.stormUntil = Instant.now().plus(duration);
    }

    public void down(boolean down) {
        this.down = down;
    }

    /** The next write is carried out, but answered 503 (as a proxy timing out after the store acted would). */
    public void processNextWriteThenFail() {
        answerNextWritesWith503AfterProcessing.incrementAndGet();
    }

    public void expireTokens() {
        validTokens.clear();
    }

    private Publisher<Void> login(HttpServerRequest request, HttpServerResponse response) {
        String token = "tok-" + logins.incrementAndGet();
        validTokens.add(token);
        return Mono.delay(loginDelay)
                .then(Mono.from(json(response, "{\"token\":\"" + token + "\",\"expiresIn\":3600}")));
    }

    private Publisher<Void> guarded(HttpServerRequest request, HttpServerResponse response, boolean write) {
        requests.incrementAndGet();
        String authorization = request.requestHeaders().get("Authorization", "");
        if (!validTokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
            return status(response, HttpResponseStatus.UNAUTHORIZED, "{\"message\":\"Unauthorized\"}");
        }
        if (down) {
            return status(response, HttpResponseStatus.SERVICE_UNAVAILABLE, "{\"message\":\"down\"}");
        }
        if (Instant.now().isBefore(stormUntil)) {
            rateLimited.incrementAndGet();
            response.header("Retry-After", Integer.toString(stormRetryAfterSeconds));
            return status(response, HttpResponseStatus.TOO_MANY_REQUESTS, "{\"message\":\"Too many requests\"}");
        }
        return write ? write(request, response) : read(response);
    }

    private Publisher<Void> read(HttpServerResponse response) {
        reads.incrementAndGet();
        return json(response, "[{\"sku\":\"SKU-1\",\"quantity\":7}]");
    }

    private Publisher<Void> write(HttpServerRequest request, HttpServerResponse response) {
        return request.receive().aggregate().asString().defaultIfEmpty("").flatMap(body -> {
            writes.incrementAndGet();
            if (answerNextWritesWith503AfterProcessing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return Mono.from(status(response, HttpResponseStatus.SERVICE_UNAVAILABLE, "{\"message\":\"late\"}"));
            }
            return Mono.from(json(response, "[{\"sku\":\"SKU-1\",\"status\":\"updated\",\"quantity\":7}]"));
        });
    }

    private static Publisher<Void> json(HttpServerResponse response, String body) {
        return status(response, HttpResponseStatus.OK, body);
    }

    private static Publisher<Void> status(HttpServerResponse response, HttpResponseStatus status, String body) {
        return response.status(status)
                .header("Content-Type", "application/json")
                .sendString(Mono.just(body), StandardCharsets.UTF_8)
                .then();
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
