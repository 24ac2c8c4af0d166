package io.omnicart.testkit.simulator.medusa.wire;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Medusa's list envelope: {@code {"<plural>": […], "count": n, "offset": n, "limit": n}} (reference §3.1). */
public final class ListEnvelope {

    private ListEnvelope() {}

    public static ObjectNode of(String key, List<? extends JsonNode> rows, int count, int offset, int limit) {
        ObjectNode body = MedusaJson.object();
        body.set(key, MedusaJson.array(rows));
        body.put("count", count);
        body.put("offset", offset);
        body.put("limit", limit);
        return body;
    }

    /** {@code {"<key>": row}}, the envelope of a single entity. */
    public static ObjectNode single(String key, JsonNode row) {
        ObjectNode body = MedusaJson.object();
        body.set(key, row);
        return body;
    }

    /** {@code {"id": …, "object": …, "deleted": true}}, the answer to a DELETE. */
    public static ObjectNode deleted(String id, String object) {
        ObjectNode body = MedusaJson.object();
        body.put("id", id);
        body.put("object", object);
        body.put("deleted", true);
        return body;
    }
}
