package io.omnicart.gateway.passthrough;

import io.omnicart.core.error.CommerceException;
import io.omnicart.core.error.UpstreamContractViolation;
import io.omnicart.core.error.UpstreamTimeout;
import io.omnicart.core.error.UpstreamUnreachable;
import io.omnicart.core.model.Platform;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/**
 * Sends raw requests with a {@link WebClient} from the application's builder — so with the same connector as every
 * adapter (the store address policy checked on each connection, no redirects, the upstream timeouts) and the rate
 * shaper — and reads the whole answer, bounded by {@code omnicart.upstream.http.max-body-size}. Transport failures
 * become core errors; messages never carry the URL, which may hold credentials.
 */
final class RawClient {

    private static final byte[] EMPTY = new byte[0];

    private final WebClient webClient;

    RawClient(WebClient webClient) {
        this.webClient = webClient;
    }

    Mono<RawResponse> send(HttpMethod method, URI target, HttpHeaders headers, byte[] body, Platform platform) {
        WebClient.RequestBodySpec request = webClient.method(method).uri(target).headers(h -> h.addAll(headers));
        return (body.length == 0 ? request : request.bodyValue(body))
                .exchangeToMono(RawClient::read)
                .onErrorMap(error -> !(error instanceof CommerceException), error -> failure(error, platform));
    }

    private static Mono<RawResponse> read(ClientResponse response) {
        return response.bodyToMono(byte[].class)
                .defaultIfEmpty(EMPTY)
                .map(body -> new RawResponse(
                        response.statusCode().value(), response.headers().asHttpHeaders(), body));
    }

    static Throwable failure(Throwable error, Platform platform) {
        if (error instanceof DataBufferLimitException) {
            return new UpstreamContractViolation(
                    "The store's answer is larger than the passthrough relays", platform, null, error);
        }
        if (!(error instanceof WebClientRequestException)) {
            return error;
        }
        if (causedBy(error, TimeoutException.class)
                || causedBy(error, io.netty.handler.timeout.TimeoutException.class)) {
            return new UpstreamTimeout("The store did not answer in time", platform, error);
        }
        boolean neverSent = causedBy(error, ConnectException.class) || causedBy(error, UnknownHostException.class);
        return new UpstreamUnreachable("The store could not be reached", platform, !neverSent, error);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
