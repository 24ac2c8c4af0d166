package io.omnicart.adapter.omnium.client;

import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.support.http.JsonRequest;
import io.omnicart.core.error.CommerceException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one {@link JsonRequest} and reads the JSON answer as a tree (an empty body is an empty object; a bare number
 * or string stays what it is). Every failure leaves as a core error through the {@link OmniumErrorTranslator}; a 403
 * leaves wrapped in {@link OmniumForbidden} so the token session does not log in again for it.
 */
final class OmniumHttp {

    private final WebClient webClient;
    private final JsonMapper json;
    private final OmniumErrorTranslator errors;

    OmniumHttp(WebClient webClient, JsonMapper json, OmniumErrorTranslator errors) {
        this.webClient = webClient;
        this.json = json;
        this.errors = errors;
    }

    /** The answer's JSON; cold, one HTTP exchange per subscription. */
    Mono<JsonNode> send(JsonRequest request) {
        return Mono.defer(() -> prepare(request).exchangeToMono(response -> read(response, request)))
                .onErrorMap(OmniumHttp::untranslated, errors::fromTransport);
    }

    /**
     * {@code POST /api/Token}: the answer's body as text. No failure keeps a cause or quotes the answer, since the URL
     * holds the client secret.
     */
    Mono<String> login(JsonRequest request) {
        return Mono.defer(() -> prepare(request).exchangeToMono(this::readLogin))
                .onErrorMap(OmniumHttp::untranslated, error -> errors.fromTransport(error, false));
    }

    private static boolean untranslated(Throwable error) {
        return !(error instanceof CommerceException) && !(error instanceof OmniumForbidden);
    }

    private WebClient.RequestHeadersSpec<?> prepare(JsonRequest request) {
        return request.prepare(webClient, json);
    }

    private Mono<JsonNode> read(ClientResponse response, JsonRequest request) {
        return response.bodyToMono(String.class).defaultIfEmpty("").map(body -> decode(response, body, request));
    }

    private JsonNode decode(ClientResponse response, String body, JsonRequest request) {
        int status = response.statusCode().value();
        if (status < 200 || status > 299) {
            String retryAfter = response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER);
            CommerceException error = errors.fromResponse(status, retryAfter, body, request.resource(), request.id());
            throw status == 403 ? new OmniumForbidden(error) : error;
        }
        return body.isBlank() ? json.createObjectNode() : json.readTree(body);
    }

    private Mono<String> readLogin(ClientResponse response) {
        int status = response.statusCode().value();
        if (status < 200 || status > 299) {
            String retryAfter = response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER);
            return response.releaseBody().then(Mono.error(errors.fromLogin(status, retryAfter)));
        }
        return response.bodyToMono(String.class).defaultIfEmpty("");
    }
}
