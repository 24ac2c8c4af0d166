package io.omnicart.testkit.simulator.http;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Rewrites of a correct response body that imitate a newer or broken upstream. */
public final class JsonTweaks {

    /** Name of the scalar field added to every object by {@link #withUnknownFields(JsonNode)}. */
    public static final String UNKNOWN_SCALAR = "x_simulator_unknown_flag";
    /** Name of the object field added to every object by {@link #withUnknownFields(JsonNode)}. */
    public static final String UNKNOWN_OBJECT = "x_simulator_unknown_object";

    private JsonTweaks() {}

    /** A copy with two undocumented fields (a scalar and a nested object) added to every JSON object. */
    public static JsonNode withUnknownFields(JsonNode body) {
        JsonNode copy = body.deepCopy();
        addEverywhere(copy);
        return copy;
    }

    /** The first half of a serialized body: valid start, unparseable end. */
    public static String truncated(String serialized) {
        return serialized.length() < 2 ? "{" : serialized.substring(0, serialized.length() / 2);
    }

    private static void addEverywhere(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : List.copyOf(object.propertyNames())) {
                addEverywhere(object.get(field));
            }
            object.put(UNKNOWN_SCALAR, true);
            ObjectNode extra = JsonNodeFactory.instance.objectNode();
            extra.put("introduced_in", "99.0.0");
            extra.putArray("values").add("unexpected");
            object.set(UNKNOWN_OBJECT, extra);
        } else if (node.isArray()) {
            node.values().forEach(JsonTweaks::addEverywhere);
        }
    }
}
