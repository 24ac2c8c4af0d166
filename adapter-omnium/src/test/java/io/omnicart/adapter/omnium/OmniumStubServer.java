package io.omnicart.adapter.omnium;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A tiny stand-in Omnium for behaviour the simulator does not cover: fixed answers per {@code METHOD path}, the
 * request bodies received, and the most requests ever in flight at once. Token calls answer a fresh token.
 */
final class OmniumStubServer implements AutoCloseable {

    record Answer(int status, String body, Duration delay) {
        static Answer json(String body) {
            return new Answer(200, body, Duration.ZERO);
        }
    }

    private final Map<String, Function<String, Answer>> routes = new ConcurrentHashMap<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger tokens = new AtomicInteger();
    private final DisposableServer server;

    OmniumStubServer() {
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle((request, response) -> request.receive()
                        .aggregate()
                        .asString()
                        .defaultIfEmpty("")
                        .flatMap(body -> {
                            String path = request.uri().replaceAll("\\?.*", "");
                            String key = request.method().name() + " " + path;
                            received.add(key + " " + body);
                            if (path.equalsIgnoreCase("/api/Token")) {
                                return Mono.just(Answer.json("{\"accessToken\":\"stub-token-" + tokens.incrementAndGet()
                                        + "\",\"tokenType\":\"Bearer\",\"expiresIn\":864000}"));
                            }
                            Function<String, Answer> route = routes.get(key);
                            Answer answer = route == null
                                    ? new Answer(404, "{\"message\":\"No route\"}", Duration.ZERO)
                                    : route.apply(body);
                            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                            // Free the slot before the answer is written: the caller may send its next request
                            // as soon as it has read this one, which must not count as concurrent.
                            return Mono.delay(answer.delay()).map(ignored -> {
                                inFlight.decrementAndGet();
                                return answer;
                            });
                        })
                        .flatMap(answer -> response.status(answer.status())
                                .header("Content-Type", "application/json")
                                .sendString(Mono.just(answer.body()))
                                .then()))
                .bindNow(Duration.ofSeconds(10));
    }

    void route(String methodAndPath, Function<String, Answer> answer) {
        routes.put(methodAndPath, answer);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    List<String> received(String methodAndPath) {
        return received.stream()
                .filter(line -> line.startsWith(methodAndPath + " "))
                .map(line -> line.substring(methodAndPath.length() + 1))
                .toList();
    }

    int logins() {
        return tokens.get();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(10));
    }
}
