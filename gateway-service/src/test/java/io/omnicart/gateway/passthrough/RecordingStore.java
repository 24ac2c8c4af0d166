package io.omnicart.gateway.passthrough;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.reactivestreams.Publisher;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A store stand-in on loopback that records every request exactly as it arrived (all headers, unmasked, the raw URI
 * and the body) and answers with scripted responses, or 200 {@code {"ok":true}} when none is queued. Test code only.
 */
final class RecordingStore implements AutoCloseable {

    /** One request as received. */
    record Received(String method, String uri, HttpHeaders headers, String body) {}

    /** A scripted answer. */
    record Answer(int status, Map<String, String> headers, String body) {}

    private final List<Received> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Answer> answers = new ConcurrentLinkedDeque<>();
    private final DisposableServer server;

    RecordingStore() {
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle(this::handle)
                .bindNow();
    }

    int port() {
        return server.port();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    void answer(int status, Map<String, String> headers, String body) {
        answers.add(new Answer(status, new LinkedHashMap<>(headers), body));
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    void clear() {
        received.clear();
        answers.clear();
    }

    private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        HttpHeaders headers = new HttpHeaders();
        request.requestHeaders().forEach(entry -> headers.add(entry.getKey(), entry.getValue()));
        return request.receive()
                .aggregate()
                .asString(StandardCharsets.UTF_8)
                .defaultIfEmpty("")
                .flatMap(body -> {
                    received.add(new Received(request.method().name(), request.uri(), headers, body));
                    Answer answer = answers.poll();
                    return answer == null
                            ? send(response, new Answer(200, Map.of(), "{\"ok\":true}"))
                            : send(response, answer);
                });
    }

    private static Mono<Void> send(HttpServerResponse response, Answer answer) {
        response.status(HttpResponseStatus.valueOf(answer.status())).header("Content-Type", "application/json");
        answer.headers().forEach(response::header);
        return Mono.from(response.sendString(Mono.just(answer.body()), StandardCharsets.UTF_8)
                .then());
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
