package io.omnicart.core.spi;

import io.omnicart.core.model.OverviewQuery;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.model.StoreSettings;
import reactor.core.publisher.Mono;

/** The store as a whole. Cold publishers. */
public interface StoreOperations {

    /**
     * Authenticate and read the store's name. Used at connect time and by verify; fails with {@code
     * ConnectionFailed} (reason {@code auth_rejected}, {@code unreachable}, {@code not_<platform>}, …).
     */
    Mono<StoreInfo> verify(StoreConnection store);

    /** Counts and revenue per currency over the window; may take many upstream calls, bounded by the adapter. */
    Mono<StoreOverview> overview(StoreConnection store, OverviewQuery query);

    Mono<StoreSettings> settings(StoreConnection store);
}
