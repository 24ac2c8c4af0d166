package io.omnicart.adapter.omnium.auth;

import io.omnicart.adapter.omnium.model.OmniumTokenResponse;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/** {@code POST /api/Token} for a store's API user; cold. Implemented by the client. */
@FunctionalInterface
public interface OmniumLogin {

    Mono<OmniumTokenResponse> login(StoreConnection store, String clientId, Secret clientSecret);
}
