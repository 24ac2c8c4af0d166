package io.omnicart.core.spi;

import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.model.Capability;
import reactor.core.publisher.Mono;

/**
 * Lets the gateway's raw passthrough ({@code /v1/accounts/{id}/raw/{path}}) reach the platform's own API with the
 * account's credentials, so an integrator never handles them. Cold publishers.
 */
public interface PassthroughOperations {

    /**
     * The credentials to add to one raw request: a Basic key, a cached bearer token (logging in when none is cached), an
     * OpenCart session token or a bridge signature over the request. Platforms without {@code passthrough} fail with
     * {@code UnsupportedCapability}.
     */
    Mono<RawAuthorization> authorizeRaw(StoreConnection store, RawRequest request);

    /**
     * The platform answered 401 to a raw request sent with {@code rejected}: forget that cached token so the next raw
     * request logs in again. Platforms without cached sessions do nothing.
     */
    default Mono<Void> rawRejected(StoreConnection store, RawAuthorization rejected) {
        return Mono.empty();
    }

    /** For adapters without a passthrough. */
    static Mono<RawAuthorization> unsupported(StoreConnection store) {
        return Mono.error(new UnsupportedCapability(Capability.PASSTHROUGH, store.platform()));
    }
}
