package io.omnicart.testkit.simulator.medusa;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A tiny Medusa v2 stand-in on a random loopback port, enough for connect-time verification by the Medusa adapter:
 * with the expected {@code sk_} key (or a bearer token from {@code POST /auth/user/emailpass}); anything else is 401.
 * Tests can make it slow, redirect, fail or answer HTML.
 */
public final class MedusaVerificationStub implements AutoCloseable {

    public enum Mode {
        NORMAL,
        HTML,
        REDIRECT,
        ERROR
    }

    private final DisposableServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicReference<String> apiKey = new AtomicReference<>();
    private final AtomicReference<String> password = new AtomicReference<>();
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.NORMAL);
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<String> redirectTo = new AtomicReference<>("http://169.254.169.254/latest/meta-data");
    private final String storeName;

    public MedusaVerificationStub(String host, String storeName, String apiKey, String password) {
        this.storeName = storeName;
        this.apiKey.set(apiKey);
        this.password.set(password);
        this.server = HttpServer.create()
                .host(host)
                .port(0)
                .route(routes -> routes.get("/admin/stores", this::stores)
                        .post("/auth/user/emailpass", this::login)
                        .route(r -> true, (req, res) -> count(res.status(404).send())))
                .bindNow();
    }

    public static MedusaVerificationStub start(String storeName, String apiKey, String password) {
        return new MedusaVerificationStub("127.0.0.1", storeName, apiKey, password);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
    }

    public int requests() {
        return requests.get();
    }

    public void acceptApiKey(String key) {
        apiKey.set(key);
    }

    public void mode(Mode next) {
        mode.set(next);
    }

    public void redirectTo(String location) {
        redirectTo.set(location);
    }

    public void delay(Duration next) {
        delay.set(next);
    }

    private Mono<Void> stores(HttpServerRequest request, HttpServerResponse response) {
        requests.incrementAndGet();
        Mono<Void> answer = switch (mode.get()) {
            case HTML ->
                response.header("content-type", "text/html")
                        .sendString(Mono.just("<html>hi</html>"))
                        .then();
            case REDIRECT ->
                response.status(302).header("location", redirectTo.get()).send();
            case ERROR -> response.status(503).send();
            case NORMAL ->
                authorized(request.requestHeaders().get("authorization"))
                        ? response.header("content-type", "application/json")
                                .sendString(
                                        Mono.just("{\"stores\":[{\"id\":\"store_1\",\"name\":\"" + storeName + "\"}]}"))
                                .then()
                        : response.status(401)
                                .sendString(Mono.just("{\"message\":\"Unauthorized\"}"))
                                .then();
        };
        return Mono.delay(delay.get()).then(answer);
    }

    private Mono<Void> login(HttpServerRequest request, HttpServerResponse response) {
        requests.incrementAndGet();
        return request.receive().aggregate().asString().defaultIfEmpty("").flatMap(body -> {
            boolean ok = body.contains("\"password\":\"" + password.get() + "\"");
            return ok
                    ? response.sendString(Mono.just(
                                    "{\"token\":\"jwt-" + password.get().hashCode() + "\"}"))
                            .then()
                    : response.status(401).send().then();
        });
    }

    private boolean authorized(String header) {
        if (header == null) {
            return false;
        }
        String basic =
                "Basic " + Base64.getEncoder().encodeToString((apiKey.get() + ":").getBytes(StandardCharsets.UTF_8));
        String bearer = "Bearer jwt-" + password.get().hashCode();
        return header.equals(basic) || header.equals(bearer);
    }

    private Mono<Void> count(Mono<Void> send) {
        requests.incrementAndGet();
        return send;
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
