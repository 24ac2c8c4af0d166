package io.omnicart.adapter.omnium;

import io.omnicart.adapter.omnium.client.OmniumClient;
import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.mapping.OmniumOrderMapper;
import io.omnicart.adapter.omnium.model.OmniumOrderSearchRequest;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.ChangeBatch;
import io.omnicart.core.model.ChangeQuery;
import io.omnicart.core.model.ChangeResource;
import io.omnicart.core.model.ResourceChanges;
import io.omnicart.core.spi.StoreConnection;
import java.util.EnumSet;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Omnium's order delta (reference §5.8): {@code POST /api/Orders/Search {modifiedFrom, sortOrder: ModifiedAscending,
 * take ≤ 100, disableFacets}}, with {@code modifiedFrom} inclusive as the feed's query is. Statuses are normalized with
 * the tenant's order types, as in every order list.
 */
final class OmniumChanges {

    static final Set<ChangeResource> RESOURCES = EnumSet.of(ChangeResource.ORDER);

    private final OmniumClient client;
    private final OmniumStatuses statuses;

    OmniumChanges(OmniumClient client, OmniumStatuses statuses) {
        this.client = client;
        this.statuses = statuses;
    }

    Mono<ChangeBatch> changes(StoreConnection store, ChangeQuery query) {
        if (!RESOURCES.contains(query.resource())) {
            return Mono.error(OmniumErrorTranslator.unsupported(Capability.EVENTS));
        }
        OmniumOrderSearchRequest search = new OmniumOrderSearchRequest(
                query.limit(),
                0,
                "ModifiedAscending",
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                query.since().toString(),
                null);
        return statuses.rules(store)
                .flatMap(rules -> client.searchOrders(store, search)
                        .map(found -> new ChangeBatch(
                                found.result().stream()
                                        .map(order -> ResourceChanges.order(OmniumOrderMapper.toSummary(order, rules)))
                                        .toList(),
                                found.result().size() < found.totalHits())));
    }
}
