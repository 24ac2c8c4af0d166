package io.omnicart.gateway.events;

import io.omnicart.gateway.cache.AccountScope;
import io.omnicart.gateway.cache.ResponseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Each event evicts the cached answers of its account, on every instance (the store's generation is shared through
 * Redis when the fleet shares one), so a list read after an event shows the change without {@code no-cache}.
 */
public final class EventCacheEviction extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(EventCacheEviction.class);

    private final EventLog events;
    private final ResponseStore store;

    EventCacheEviction(EventLog events, ResponseStore store) {
        this.events = events;
        this.store = store;
    }

    @Override
    protected Flux<Void> loop() {
        return events.appended()
                .concatMap(event -> store.evictAccount(new AccountScope(
                                event.workspaceId(), event.event().accountId()))
                        .onErrorResume(this::evictionFailed));
    }

    private Mono<Void> evictionFailed(Throwable error) {
        log.warn("evicting cached answers after a change event failed: {}", error.toString());
        return Mono.empty();
    }
}
