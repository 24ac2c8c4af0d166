package io.omnicart.adapter.medusa.auth;

import io.omnicart.adapter.medusa.model.MedusaAuthResponse;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/** {@code POST /auth/user/emailpass} for a store's admin user; cold. Implemented by the client. */
@FunctionalInterface
public interface MedusaLogin {

    Mono<MedusaAuthResponse> login(StoreConnection store, String email, Secret password);
}
