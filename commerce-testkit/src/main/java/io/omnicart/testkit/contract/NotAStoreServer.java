package io.omnicart.testkit.contract;

import java.net.URI;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** A web server that is no commerce store: every path answers 200 with an HTML page. */
final class NotAStoreServer implements AutoCloseable {

    private final DisposableServer server;

    private NotAStoreServer(DisposableServer server) {
        this.server = server;
    }

    static NotAStoreServer start() {
        DisposableServer server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle((request, response) -> response.header("Content-Type", "text/html")
                        .sendString(Mono.just("<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>"))
                        .then())
                .bindNow(Duration.ofSeconds(10));
        return new NotAStoreServer(server);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(10));
    }
}
