package io.omnicart.gateway.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

/**
 * The event log of a single instance: per workspace the events of the retention period (at most {@code maxEvents}),
 * appended and read under one lock, so a subscriber gets its backlog and then every new event with neither gap nor
 * repeat.
 */
public final class InMemoryEventLog implements EventLog {

    private record Entry(ChangeEvent event, Instant appendedAt) {}

    private record Listener(@Nullable String workspaceId, FluxSink<WorkspaceEvent> sink) {}

    /** One workspace's retained events, oldest first, with their ids for the duplicate check. */
    private record WorkspaceLog(Deque<Entry> entries, Set<String> ids) {
        WorkspaceLog() {
            this(new ArrayDeque<>(), new HashSet<>());
        }

        void removeFirst() {
            ids.remove(entries.removeFirst().event().id());
        }
    }

    private final Map<String, WorkspaceLog> logs = new HashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Duration retention;
    private final int maxEvents;
    private final Clock clock;

    public InMemoryEventLog(Duration retention, int maxEvents, Clock clock) {
        this.retention = retention;
        this.maxEvents = maxEvents;
        this.clock = clock;
    }

    @Override
    public Mono<Boolean> append(WorkspaceEvent event) {
        return Mono.fromSupplier(() -> appendNow(event));
    }

    @Override
    public Flux<ChangeEvent> follow(String workspaceId, @Nullable String lastEventId) {
        return listen(workspaceId, lastEventId).map(WorkspaceEvent::event);
    }

    @Override
    public Flux<WorkspaceEvent> appended() {
        return listen(null, null);
    }

    private synchronized boolean appendNow(WorkspaceEvent event) {
        WorkspaceLog log = logs.computeIfAbsent(event.workspaceId(), ws -> new WorkspaceLog());
        trim(log);
        if (!log.ids().add(event.event().id())) {
            return false;
        }
        log.entries().addLast(new Entry(event.event(), clock.instant()));
        if (log.entries().size() > maxEvents) {
            log.removeFirst();
        }
        for (Listener listener : listeners) {
            if (listener.workspaceId() == null || listener.workspaceId().equals(event.workspaceId())) {
                listener.sink().next(event);
            }
        }
        return true;
    }

    private Flux<WorkspaceEvent> listen(@Nullable String workspaceId, @Nullable String lastEventId) {
        return Flux.create(sink -> register(sink, workspaceId, lastEventId), FluxSink.OverflowStrategy.BUFFER);
    }

    private synchronized void register(
            FluxSink<WorkspaceEvent> sink, @Nullable String workspaceId, @Nullable String lastEventId) {
        List<ChangeEvent> backlog;
        try {
            backlog = workspaceId == null || lastEventId == null ? List.of() : backlog(workspaceId, lastEventId);
        } catch (RuntimeException expired) {
            sink.error(expired);
            return;
        }
        backlog.forEach(event -> sink.next(new WorkspaceEvent(workspaceId, event)));
        Listener listener = new Listener(workspaceId, sink);
        listeners.add(listener);
        sink.onDispose(() -> listeners.remove(listener));
    }

    private List<ChangeEvent> backlog(String workspaceId, String lastEventId) {
        WorkspaceLog log = logs.computeIfAbsent(workspaceId, ws -> new WorkspaceLog());
        trim(log);
        List<ChangeEvent> after = new ArrayList<>();
        boolean found = false;
        for (Entry entry : log.entries()) {
            if (found) {
                after.add(entry.event());
            } else if (entry.event().id().equals(lastEventId)) {
                found = true;
            }
        }
        if (!found) {
            throw EventProblems.expired(lastEventId);
        }
        return after;
    }

    private void trim(WorkspaceLog log) {
        Instant oldest = clock.instant().minus(retention);
        while (!log.entries().isEmpty()
                && log.entries().peekFirst().appendedAt().isBefore(oldest)) {
            log.removeFirst();
        }
    }
}
