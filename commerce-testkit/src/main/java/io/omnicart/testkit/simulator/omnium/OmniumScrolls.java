package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scroll sessions (reference §5.9, §12 r14–r16): a point-in-time copy of the matching entities taken when the scroll
 * starts (later edits are not reflected), read in batches, forgotten after an idle timeout; optionally a new id on every
 * page. Sessions belong to one resource (orders, products, carts, categories, inventory): an id is unknown elsewhere.
 */
final class OmniumScrolls {

    private final Clock clock;
    private final OmniumOptions options;
    private final Map<String, Session> sessions = new HashMap<>();

    OmniumScrolls(Clock clock, OmniumOptions options) {
        this.clock = clock;
        this.options = options;
    }

    /** Starts a scroll of {@code kind} over a copy of {@code items}; the first batch is taken by {@link #next}. */
    String start(String kind, List<? extends JsonNode> items, int batch) {
        String id = newId();
        List<JsonNode> snapshot = new ArrayList<>(items.size());
        items.forEach(item -> snapshot.add(item.deepCopy()));
        sessions.put(id, new Session(kind, snapshot, Math.max(1, batch), 0, clock.instant()));
        return id;
    }

    /** The next batch and the id to continue with (null when exhausted). */
    Page next(String kind, String scrollId) {
        Session session = sessions.get(scrollId);
        Instant now = clock.instant();
        if (session == null
                || !session.kind().equals(kind)
                || !now.isBefore(session.touched().plus(options.scrollIdleTimeout()))) {
            throw new OmniumFailure(options.expiredScrollStatus(), "Scroll id not found or expired");
        }
        sessions.remove(scrollId);
        int end = Math.min(session.items().size(), session.position() + session.batch());
        List<JsonNode> batch = session.items().subList(session.position(), end);
        String nextId = options.rotateScrollIds() ? newId() : scrollId;
        sessions.put(nextId, new Session(kind, session.items(), session.batch(), end, now));
        return new Page(batch, batch.isEmpty() ? null : nextId, session.items().size());
    }

    /** The page in the {@code OmniumResult} wrapper {@code {result, totalHits, scrollId, isValid}}. */
    static ObjectNode wrapper(Page page) {
        ObjectNode wrapper = OmniumJson.object();
        ArrayNode result = wrapper.putArray("result");
        page.items().forEach(result::add);
        wrapper.put("totalHits", page.totalHits());
        wrapper.put("scrollId", page.scrollId());
        wrapper.put("isValid", true);
        return wrapper;
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

    record Page(List<JsonNode> items, @Nullable String scrollId, long totalHits) {}

    private record Session(String kind, List<JsonNode> items, int batch, int position, Instant touched) {}
}
