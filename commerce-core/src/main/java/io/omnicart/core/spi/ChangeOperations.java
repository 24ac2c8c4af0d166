package io.omnicart.core.spi;

import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.ChangeBatch;
import io.omnicart.core.model.ChangeQuery;
import io.omnicart.core.model.ChangeResource;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * The cheapest delta query each platform offers, for the gateway's change feed. Cold publishers; adapters without one
 * keep the defaults (nothing watched, {@code UnsupportedCapability}).
 */
public interface ChangeOperations {

    /** The resources this platform can report changes of; empty when it has no delta query. */
    default Set<ChangeResource> changeResources() {
        return Set.of();
    }

    /**
     * Resources modified at or after {@code query.since()}, oldest first, at most {@code query.limit()}. When nothing
     * changed this costs at most one small upstream call. Resources outside {@link #changeResources()} fail with
     * {@code UnsupportedCapability}.
     */
    default Mono<ChangeBatch> changes(StoreConnection store, ChangeQuery query) {
        return Mono.error(new UnsupportedCapability(Capability.EVENTS, store.platform()));
    }
}
