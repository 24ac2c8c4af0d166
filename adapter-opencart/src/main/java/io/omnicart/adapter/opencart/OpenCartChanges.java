package io.omnicart.adapter.opencart;

import io.omnicart.adapter.opencart.client.OpenCartBridgeClient;
import io.omnicart.adapter.opencart.client.OpenCartBridgeQuery;
import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.opencart.mapping.OpenCartOrderMapper;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.ChangeBatch;
import io.omnicart.core.model.ChangeQuery;
import io.omnicart.core.model.ChangeResource;
import io.omnicart.core.model.ResourceChanges;
import io.omnicart.core.spi.StoreConnection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * OpenCart's order delta through the bridge: {@code orders?modified_since=…&sort=date_modified} (see PROTOCOL.md),
 * oldest change first. OpenCart keeps whole seconds, so an instant with a fraction asks from the next second (the
 * orders at or after it). Abandoned checkouts (status 0) are no orders and no changes.
 */
final class OpenCartChanges {

    static final Set<ChangeResource> RESOURCES = EnumSet.of(ChangeResource.ORDER);

    private final OpenCartBridgeClient bridge;

    OpenCartChanges(OpenCartBridgeClient bridge) {
        this.bridge = bridge;
    }

    Mono<ChangeBatch> changes(StoreConnection store, ChangeQuery query) {
        if (!RESOURCES.contains(query.resource())) {
            return Mono.error(OpenCartErrorTranslator.unsupported(Capability.EVENTS));
        }
        OpenCartBridgeQuery since = OpenCartBridgeQuery.route("orders")
                .with("modified_since", wholeSecondFrom(query.since()).toString())
                .with("sort", "date_modified")
                .with("limit", query.limit())
                .with("offset", 0);
        return bridge.orders(store, since)
                .map(page -> new ChangeBatch(
                        page.data().stream()
                                .filter(order -> order.orderStatusId() > 0)
                                .map(order -> ResourceChanges.order(
                                        OpenCartOrderMapper.toOrder(order).summary()))
                                .toList(),
                        page.hasMore()));
    }

    private static Instant wholeSecondFrom(Instant since) {
        Instant second = since.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(since) ? second : second.plusSeconds(1);
    }
}
