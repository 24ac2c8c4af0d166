package io.omnicart.gateway.events;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The events of every workspace, kept for the retention period so a subscriber can resume. In-process without Redis;
 * a Redis Stream per workspace when the fleet shares one.
 */
public interface EventLog {

    /** Appends the event unless its id is already in the workspace's log; emits whether it was new. */
    Mono<Boolean> append(WorkspaceEvent event);

    /**
     * The workspace's events after {@code lastEventId} (none of the past when null), then each new one as it is
     * appended, gap-free. An id that is well-formed but no longer retained fails with 410 {@code events_expired}.
     */
    Flux<ChangeEvent> follow(String workspaceId, @Nullable String lastEventId);

    /** Every new event of every workspace, as appended (for cache eviction and webhooks). */
    Flux<WorkspaceEvent> appended();
}
