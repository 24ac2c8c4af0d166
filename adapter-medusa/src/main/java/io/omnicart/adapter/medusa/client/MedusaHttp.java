package io.omnicart.adapter.medusa.client;

import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.support.error.CoreErrors;
import io.omnicart.adapter.support.http.JsonRequest;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one {@link JsonRequest} and reads a 2xx answer with the route's {@link MedusaReply}, straight from the
 * joined network buffer (no {@code String}, no tree). Every failure leaves as a core error through the
 * {@link MedusaErrorTranslator}: non-2xx statuses with their body (read as text, the translator quotes Medusa's
 * message), and transport or decoding failures. The WebClient comes from Spring's builder, so the gateway's
 * customizers (timeouts, body limit, SSRF-safe resolver) apply; the body limit holds for the joined buffer too.
 */
final class MedusaHttp {

    private final WebClient webClient;
    private final JsonMapper json;
    private final MedusaReplies replies;
    private final MedusaErrorTranslator errors;

    MedusaHttp(WebClient webClient, JsonMapper json, MedusaReplies replies, MedusaErrorTranslator errors) {
        this.webClient = webClient;
        this.json = json;
        this.replies = replies;
        this.errors = errors;
    }

    /** The answer as {@code reply} reads it (empty when it reads nothing); cold, one exchange per subscription. */
    <T> Mono<T> send(JsonRequest request, MedusaReply<T> reply) {
        return CoreErrors.guard(
                () -> request.prepare(webClient, json).exchangeToMono(response -> read(response, request, reply)),
                errors::fromTransport);
    }

    private <T> Mono<T> read(ClientResponse response, JsonRequest request, MedusaReply<T> reply) {
        int status = response.statusCode().value();
        if (status < 200 || status > 299) {
            String retryAfter = response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER);
            return response.bodyToMono(String.class)
                    .defaultIfEmpty("")
                    .flatMap(body -> Mono.error(
                            errors.fromResponse(status, retryAfter, body, request.resource(), request.id())));
        }
        return response.bodyToMono(DataBuffer.class)
                .switchIfEmpty(Mono.fromSupplier(() -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[0])))
                .handle((body, sink) -> {
                    T value = replies.read(body.asInputStream(true), reply);
                    if (value != null) {
                        sink.next(value);
                    }
                });
    }
}
