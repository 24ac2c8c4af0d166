package io.omnicart.adapter.opencart.simulator;

import io.netty.handler.codec.http.HttpMethod;
import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forwards requests for {@code /omnicart-bridge.php} to the real bridge served by {@code php -S}, so the bridge and the
 * native API share one origin (the store root) and the simulator's fault injection and request recording cover bridge
 * calls too. The query is re-encoded from its decoded parameters with RFC 3986, which the bridge's signature
 * canonicalization treats as identical; the body goes byte for byte (UTF-8 JSON).
 */
final class OpenCartBridgeProxy {

    private static final Set<String> FORWARDED = Set.of(
            "x-omnicart-user",
            "x-omnicart-timestamp",
            "x-omnicart-nonce",
            "x-omnicart-signature",
            "content-type",
            "accept");

    private final URI php;
    private final HttpClient client;
    private final JsonMapper json;

    OpenCartBridgeProxy(URI php, JsonMapper json) {
        this.php = php;
        this.json = json;
        this.client = HttpClient.create().responseTimeout(Duration.ofSeconds(30));
    }

    Mono<SimResponse> forward(SimRequest request) {
        String uri = php + request.path() + query(request.query().raw());
        return client.headers(headers -> request.headers().forEach((name, value) -> {
                    if (FORWARDED.contains(name)) {
                        headers.set(name, value);
                    }
                }))
                .request(HttpMethod.valueOf(request.method()))
                .uri(uri)
                .send(ByteBufFlux.fromString(
                        Mono.just(request.body()), StandardCharsets.UTF_8, io.netty.buffer.ByteBufAllocator.DEFAULT))
                .responseSingle((response, body) -> body.asString(StandardCharsets.UTF_8)
                        .defaultIfEmpty("")
                        .map(text -> {
                            String contentType = response.responseHeaders().get("Content-Type", "text/plain");
                            String bridge = response.responseHeaders().get("X-OmniCart-Bridge");
                            SimResponse reply = contentType.contains("json") && isJson(text)
                                    ? new SimResponse(
                                            response.status().code(), contentType, Map.of(), json.readTree(text), "")
                                    : SimResponse.text(response.status().code(), contentType, text);
                            return bridge == null ? reply : reply.withHeader("X-OmniCart-Bridge", bridge);
                        }));
    }

    private boolean isJson(String text) {
        try {
            json.readTree(text);
            return true;
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    static String query(Map<String, List<String>> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        parameters.forEach((name, values) -> values.forEach(value -> query.add(encode(name) + "=" + encode(value))));
        return query.toString();
    }

    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
