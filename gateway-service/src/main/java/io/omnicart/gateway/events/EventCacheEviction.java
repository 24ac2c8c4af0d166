package io.omnicart.gateway.events;

import io.omnicart.gateway.cache.AccountScope;
import io.omnicart.gateway.cache.ResponseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Each event evicts the cached answers of its account, on every instance (the store's generation is shared through
 * Redis when the fleet shares one), so a list read after an event shows the change without {@code no-cache}.
 */
public final class EventCacheEviction implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventCacheEviction.class);

    private final EventLog events;
    private final ResponseStore store;
    private volatile Disposable running;

    EventCacheEviction(EventLog events, ResponseStore store) {
        this.events = events;
        this.store = store;
    }

    @Override
    public void start() {
        running = events.appended()
                .concatMap(event -> store.evictAccount(new AccountScope(
                                event.workspaceId(), event.event().accountId()))
                        .onErrorResume(this::evictionFailed))
                .subscribe();
    }

    private Mono<Void> evictionFailed(Throwable error) {
        log.warn("evicting cached answers after a change event failed: {}", error.toString());
        return Mono.empty();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
