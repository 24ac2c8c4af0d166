package io.omnicart.gateway.api.paging;

import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/** One adapter list operation against one resolved store account, for the page the caller asked for. */
@FunctionalInterface
public interface PageCall<T> {

    Mono<Page<T>> call(CommerceAdapter adapter, StoreConnection store, PageRequest page);
}
