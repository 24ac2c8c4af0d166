package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.client.MedusaClient;
import io.omnicart.adapter.medusa.client.MedusaQuery;
import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.medusa.mapping.MedusaFields;
import io.omnicart.adapter.medusa.mapping.MedusaStoreMapper;
import io.omnicart.adapter.medusa.model.MedusaList;
import io.omnicart.adapter.medusa.model.MedusaStore;
import io.omnicart.core.error.CommerceException;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.model.StoreSettings;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/**
 * The store record (reference §10): verification reads its name with fresh credentials ({@code GET /admin/stores}
 * works for keys and JWTs alike, unlike {@code /admin/users/me}, §2.1); settings add the regions.
 */
final class MedusaStoreInfo {

    private static final int REGIONS_PER_PAGE = 100;

    private final MedusaClient client;
    private final MedusaPager pager;

    MedusaStoreInfo(MedusaClient client, MedusaPager pager) {
        this.client = client;
        this.pager = pager;
    }

    Mono<StoreInfo> verify(StoreConnection store) {
        return client.listStoresAfresh(store, MedusaQuery.fields("id,name").page(1, 0))
                .map(MedusaStoreInfo::first)
                .map(MedusaStoreMapper::toStoreInfo)
                .onErrorMap(CommerceException.class, MedusaErrorTranslator::forVerification);
    }

    Mono<StoreSettings> settings(StoreConnection store) {
        MedusaQuery regions = MedusaQuery.fields(MedusaFields.REGION).with("order", "name");
        return Mono.zip(
                        store(store),
                        pager.all(
                                (offset, limit) -> client.listRegions(store, regions.page(limit, offset)),
                                REGIONS_PER_PAGE))
                .map(both -> MedusaStoreMapper.toSettings(both.getT1(), both.getT2()));
    }

    /** The store (a Medusa instance has exactly one, reference §10). */
    Mono<MedusaStore> store(StoreConnection store) {
        return client.listStores(store, MedusaQuery.fields(MedusaFields.STORE).page(1, 0))
                .map(MedusaStoreInfo::first);
    }

    private static MedusaStore first(MedusaList<MedusaStore> stores) {
        if (stores.items().isEmpty()) {
            throw MedusaErrorTranslator.unexpectedReply("no store record");
        }
        return stores.items().getFirst();
    }
}
