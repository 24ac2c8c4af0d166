package io.omnicart.gateway.routing;

import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/** One adapter operation against one resolved store account. */
@FunctionalInterface
public interface StoreCall<T> {

    Mono<T> call(CommerceAdapter adapter, StoreConnection store);
}
