package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumCatalogClient;
import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.mapping.OmniumStoreMapper;
import io.omnicart.core.error.CommerceException;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.model.StoreSettings;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/**
 * Verification and settings (reference §10). Verifying logs in afresh and reads the stores, which proves the client id
 * and secret, the API host and the {@code StoreRead} role; its failures say {@code auth_rejected}, {@code unreachable}
 * or {@code not_omnium}. Calls go one after the other, as everywhere in this adapter: an adapter call holds one of the
 * gateway's per-account bulkhead slots, which mirror Omnium's per-user concurrency.
 */
final class OmniumStoreInfo {

    private final OmniumCatalogClient client;

    OmniumStoreInfo(OmniumCatalogClient client) {
        this.client = client;
    }

    Mono<StoreInfo> verify(StoreConnection store) {
        return client.storesAfresh(store)
                .map(stores -> new StoreInfo(OmniumStoreMapper.name(stores)))
                .onErrorMap(CommerceException.class, OmniumErrorTranslator::forVerification);
    }

    Mono<StoreSettings> settings(StoreConnection store) {
        return client.stores(store).zipWhen(stores -> client.markets(store), OmniumStoreMapper::toSettings);
    }
}
