package io.omnicart.testkit.simulator.omnium.wire;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How Omnium writes and reads JSON: camelCase answers, ISO-8601 UTC timestamps with {@code Z}, and request bodies whose
 * property names match case-insensitively ({@code Take} and {@code take} are the same field).
 */
public final class OmniumJson {

    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private OmniumJson() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    public static Instant parseTime(String text) {
        return Instant.parse(text.endsWith("Z") || text.contains("+") ? text : text + "Z");
    }

    /** The body as a tree; an empty body is an empty object. */
    public static JsonNode parse(String body) {
        return body.isBlank() ? object() : MAPPER.readTree(body);
    }

    /** The property {@code name} of {@code node}, its name compared case-insensitively; null when absent or null. */
    public static @Nullable JsonNode field(JsonNode node, String name) {
        if (!(node instanceof ObjectNode object)) {
            return null;
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isNull()) {
                return entry.getValue();
            }
        }
        return null;
    }

    public static @Nullable String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        return value == null ? null : value.asString();
    }

    public static @Nullable Integer integer(JsonNode node, String name) {
        JsonNode value = field(node, name);
        return value == null ? null : value.asInt();
    }

    public static boolean flag(JsonNode node, String name) {
        JsonNode value = field(node, name);
        return value != null && value.asBoolean();
    }

    /** The strings of an array property; empty when absent. */
    public static List<String> strings(JsonNode node, String name) {
        JsonNode value = field(node, name);
        List<String> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.values().forEach(item -> out.add(item.asString()));
        } else if (value != null) {
            out.add(value.asString());
        }
        return out;
    }

    /** The strings of an array node. */
    public static List<String> strings(@Nullable JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.values().forEach(item -> out.add(item.asString()));
        }
        return out;
    }
}
