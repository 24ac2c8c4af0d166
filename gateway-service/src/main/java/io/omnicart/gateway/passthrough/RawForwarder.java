package io.omnicart.gateway.passthrough;

import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.RetryAfter;
import io.omnicart.core.error.UpstreamUnavailable;
import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.RawAuthorization;
import io.omnicart.gateway.guard.UpstreamGuard;
import io.omnicart.gateway.guard.UpstreamOperation;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Sends one raw call under the upstream guard (rate shaper, bulkhead, circuit breaker, retry, timeouts) as operation
 * {@code raw_read} (GET, HEAD: retried like any read) or {@code raw_write} (retried only when the store provably did not
 * act, like every write). The platform's credentials are fetched inside the guarded attempt, so a login counts as part
 * of the call. A 401 makes the adapter forget its token; a read is then sent once more with fresh credentials. What the
 * guard must see is turned into core errors: a final 401 ({@code upstream_error}, {@code auth_rejected}), 429 (retried
 * after {@code Retry-After}, then {@code rate_limited}) and 5xx (retried for reads, counted by the breaker, then {@code
 * upstream_unavailable}). Every other answer is passed through as it is.
 */
final class RawForwarder {

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final UpstreamGuard guard;
    private final RawClient client;
    private final Clock clock;

    RawForwarder(UpstreamGuard guard, RawClient client, Clock clock) {
        this.guard = guard;
        this.client = client;
        this.clock = clock;
    }

    Mono<RawResponse> forward(CommerceAdapter adapter, RawCall call, String requestId) {
        UpstreamOperation operation =
                RawMethods.isRead(call.method()) ? UpstreamOperation.RAW_READ : UpstreamOperation.RAW_WRITE;
        return guard.call(call.store(), operation, () -> attempt(adapter, call, requestId));
    }

    private Mono<RawResponse> attempt(CommerceAdapter adapter, RawCall call, String requestId) {
        return send(adapter, call, requestId)
                .flatMap(sent -> sent.rejected() ? afterRejection(adapter, call, requestId, sent) : Mono.just(sent))
                .map(sent -> checked(call.store().platform(), sent.response()));
    }

    private Mono<Sent> send(CommerceAdapter adapter, RawCall call, String requestId) {
        return adapter.authorizeRaw(call.store(), call.request())
                .flatMap(authorization -> client.send(
                                call.method(),
                                call.target(authorization),
                                call.headers(authorization, requestId),
                                call.request().body(),
                                call.store().platform())
                        .map(response -> new Sent(authorization, response)));
    }

    /** A 401: forget the credentials; a read goes once more, a write is answered as rejected. */
    private Mono<Sent> afterRejection(CommerceAdapter adapter, RawCall call, String requestId, Sent rejected) {
        Mono<Void> forget = adapter.rawRejected(call.store(), rejected.authorization());
        if (!RawMethods.isRead(call.method())) {
            return forget.then(Mono.error(() -> credentialsRejected(call.store().platform())));
        }
        return forget.then(send(adapter, call, requestId)).flatMap(again -> finalAnswer(adapter, call, again));
    }

    private Mono<Sent> finalAnswer(CommerceAdapter adapter, RawCall call, Sent again) {
        if (!again.rejected()) {
            return Mono.just(again);
        }
        return adapter.rawRejected(call.store(), again.authorization())
                .then(Mono.error(() -> credentialsRejected(call.store().platform())));
    }

    private RawResponse checked(Platform platform, RawResponse response) {
        int status = response.status();
        String retryAfter = response.headers().getFirst(HttpHeaders.RETRY_AFTER);
        if (status == 429) {
            throw new RateLimited(
                    "The store is limiting requests; try again later",
                    RetryAfter.parseOr(retryAfter, clock, DEFAULT_RETRY_AFTER),
                    platform,
                    status);
        }
        if (status >= 500) {
            throw new UpstreamUnavailable(
                    "The store answered HTTP " + status,
                    RetryAfter.parse(retryAfter, clock).orElse(null),
                    platform,
                    status,
                    null);
        }
        return response;
    }

    private static CredentialsRejected credentialsRejected(Platform platform) {
        return new CredentialsRejected(
                "The store rejected the account's credentials; re-enter them with PATCH /v1/accounts/{accountId}",
                platform,
                401);
    }

    /** A sent request's answer and the credentials it carried. */
    private record Sent(RawAuthorization authorization, RawResponse response) {

        boolean rejected() {
            return response.status() == 401;
        }
    }
}
