package io.omnicart.testkit.simulator.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/** A Reactor Netty HTTP/1.1 server on {@code 127.0.0.1} and a random port that hands every request to an engine. */
public final class SimulatorServer implements AutoCloseable {

    private final DisposableServer server;
    private final SimulatorEngine engine;
    private final JsonMapper mapper;

    private SimulatorServer(SimulatorEngine engine, JsonMapper mapper) {
        this.engine = engine;
        this.mapper = mapper;
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle(this::handle)
                .bindNow(Duration.ofSeconds(10));
    }

    public static SimulatorServer start(SimulatorEngine engine, JsonMapper mapper) {
        return new SimulatorServer(engine, mapper);
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        if (!server.isDisposed()) {
            server.disposeNow(Duration.ofSeconds(5));
        }
    }

    private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        return request.receive()
                .aggregate()
                .asString(StandardCharsets.UTF_8)
                .defaultIfEmpty("")
                .map(body -> toSimRequest(request, body))
                .flatMap(engine::handle)
                .flatMap(outcome -> write(response, outcome));
    }

    private static SimRequest toSimRequest(HttpServerRequest request, String body) {
        QueryStringDecoder decoder = new QueryStringDecoder(request.uri(), StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        request.requestHeaders()
                .forEach(header -> headers.putIfAbsent(header.getKey().toLowerCase(Locale.ROOT), header.getValue()));
        return new SimRequest(
                request.method().name(), decoder.path(), new QueryParams(decoder.parameters()), headers, body);
    }

    private Mono<Void> write(HttpServerResponse response, Outcome outcome) {
        SimResponse reply = outcome.response();
        if (reply == null) {
            return drop(response, outcome.reset());
        }
        String body = reply.json() == null ? reply.text() : mapper.writeValueAsString(reply.json());
        response.status(reply.status()).header("Content-Type", reply.contentType());
        reply.headers().forEach(response::header);
        return response.sendString(Mono.just(body), StandardCharsets.UTF_8).then();
    }

    private static Mono<Void> drop(HttpServerResponse response, boolean reset) {
        return Mono.create(sink -> response.withConnection(connection -> {
            Channel channel = connection.channel();
            if (reset) {
                channel.config().setOption(ChannelOption.SO_LINGER, 0);
            }
            channel.close().addListener(ignored -> sink.success());
        }));
    }
}
