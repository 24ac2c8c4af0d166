package io.omnicart.adapter.medusa.client;

import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.core.error.CommerceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one {@link MedusaRequest} and reads the JSON answer as a tree. Every failure leaves as a core error through the
 * {@link MedusaErrorTranslator}: non-2xx statuses with their body, and transport or decoding failures. The WebClient
 * comes from Spring's builder, so the gateway's customizers (timeouts, body limit, SSRF-safe resolver) apply.
 */
final class MedusaHttp {

    private final WebClient webClient;
    private final JsonMapper json;
    private final MedusaErrorTranslator errors;

    MedusaHttp(WebClient webClient, JsonMapper json, MedusaErrorTranslator errors) {
        this.webClient = webClient;
        this.json = json;
        this.errors = errors;
    }

    /** The answer's JSON; cold, one HTTP exchange per subscription. */
    Mono<JsonNode> send(MedusaRequest request) {
        return Mono.defer(() -> prepare(request).exchangeToMono(response -> read(response, request)))
                .onErrorMap(error -> !(error instanceof CommerceException), errors::fromTransport);
    }

    private WebClient.RequestHeadersSpec<?> prepare(MedusaRequest request) {
        WebClient.RequestBodySpec spec =
                webClient.method(request.method()).uri(request.uri()).accept(MediaType.APPLICATION_JSON);
        if (request.authorization() != null) {
            spec.header(HttpHeaders.AUTHORIZATION, request.authorization());
        }
        if (request.body() == null) {
            return spec;
        }
        return spec.contentType(MediaType.APPLICATION_JSON).bodyValue(json.writeValueAsBytes(request.body()));
    }

    private Mono<JsonNode> read(ClientResponse response, MedusaRequest request) {
        return response.bodyToMono(String.class).defaultIfEmpty("").map(body -> decode(response, body, request));
    }

    private JsonNode decode(ClientResponse response, String body, MedusaRequest request) {
        int status = response.statusCode().value();
        if (status < 200 || status > 299) {
            String retryAfter = response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER);
            throw errors.fromResponse(status, retryAfter, body, request.resource(), request.id());
        }
        return body.isBlank() ? json.createObjectNode() : json.readTree(body);
    }
}
