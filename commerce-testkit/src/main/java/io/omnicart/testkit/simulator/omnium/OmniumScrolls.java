package io.omnicart.testkit.simulator.omnium;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Scroll sessions (reference §12 r14–r16): a snapshot of matching ids taken when the scroll starts, read in batches,
 * forgotten after an idle timeout; optionally a new id on every page.
 */
final class OmniumScrolls {

    private final Clock clock;
    private final OmniumOptions options;
    private final Map<String, Session> sessions = new HashMap<>();

    OmniumScrolls(Clock clock, OmniumOptions options) {
        this.clock = clock;
        this.options = options;
    }

    /** Starts a scroll over {@code ids}; the batch is taken by the first {@link #next(String)}. */
    String start(List<String> ids, int batch) {
        String id = newId();
        sessions.put(id, new Session(List.copyOf(ids), batch, 0, clock.instant()));
        return id;
    }

    /** The next batch and the id to continue with (null when exhausted). */
    Page next(String scrollId) {
        Session session = sessions.remove(scrollId);
        Instant now = clock.instant();
        if (session == null || !now.isBefore(session.touched().plus(options.scrollIdleTimeout()))) {
            throw new OmniumFailure(options.expiredScrollStatus(), "Scroll id not found or expired");
        }
        int end = Math.min(session.ids().size(), session.position() + session.batch());
        List<String> batch = session.ids().subList(session.position(), end);
        String nextId = options.rotateScrollIds() ? newId() : scrollId;
        sessions.put(nextId, new Session(session.ids(), session.batch(), end, now));
        return new Page(batch, batch.isEmpty() ? null : nextId, session.ids().size());
    }

    void clear() {
        sessions.clear();
    }

    int open() {
        return sessions.size();
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    record Page(List<String> ids, @Nullable String scrollId, long totalHits) {}

    private record Session(List<String> ids, int batch, int position, Instant touched) {}
}
