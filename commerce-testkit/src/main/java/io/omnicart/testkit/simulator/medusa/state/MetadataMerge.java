package io.omnicart.testkit.simulator.medusa.state;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Medusa's metadata update rule: new keys are merged into the old object, a key sent as "" is deleted. */
public final class MetadataMerge {

    private MetadataMerge() {}

    public static @Nullable JsonNode merge(@Nullable JsonNode current, JsonNode update) {
        if (update.isNull()) {
            return null;
        }
        ObjectNode merged =
                current instanceof ObjectNode object ? object.deepCopy() : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : update.properties()) {
            if (entry.getValue().isString() && entry.getValue().asString().isEmpty()) {
                merged.remove(entry.getKey());
            } else {
                merged.set(entry.getKey(), entry.getValue().deepCopy());
            }
        }
        return merged;
    }
}
