package io.omnicart.adapter.opencart.client;

import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.core.error.CommerceException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Sends one {@link OpenCartRequest} and hands back the answer as received, whatever its status: OpenCart answers
 * almost everything with 200 and puts errors in the body (reference §1.5), so statuses are judged by the callers
 * together with the body. Transport failures leave as core errors through the {@link OpenCartErrorTranslator}. The
 * WebClient comes from Spring's builder, so the gateway's customizers (timeouts, body limit, SSRF checks) apply.
 */
final class OpenCartHttp {

    private final WebClient webClient;
    private final OpenCartErrorTranslator errors;

    OpenCartHttp(WebClient webClient, OpenCartErrorTranslator errors) {
        this.webClient = webClient;
        this.errors = errors;
    }

    /** The answer; cold, one HTTP exchange per subscription. */
    Mono<OpenCartReply> send(OpenCartRequest request) {
        return Mono.defer(() -> prepare(request).exchangeToMono(OpenCartHttp::read))
                .onErrorMap(error -> !(error instanceof CommerceException), errors::fromTransport);
    }

    private WebClient.RequestHeadersSpec<?> prepare(OpenCartRequest request) {
        WebClient.RequestBodySpec spec = webClient.method(request.method()).uri(request.uri());
        spec.header(HttpHeaders.ACCEPT, "application/json, text/html;q=0.5");
        request.headers().forEach(spec::header);
        if (request.body() == null) {
            return spec;
        }
        return spec.header(HttpHeaders.CONTENT_TYPE, request.contentType()).bodyValue(request.body());
    }

    private static Mono<OpenCartReply> read(ClientResponse response) {
        HttpHeaders headers = response.headers().asHttpHeaders();
        String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
        String bridge = headers.getFirst(OpenCartReply.BRIDGE_HEADER);
        int status = response.statusCode().value();
        return response.bodyToMono(String.class)
                .defaultIfEmpty("")
                .map(body -> new OpenCartReply(status, contentType, body, retryAfter, bridge));
    }
}
