package io.omnicart.adapter.medusa;

import io.omnicart.testkit.samples.CapturedSamples;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers captured from a live Medusa 2.21.2, read from the one copy commerce-testkit ships: each file holds
 * {@code request}, {@code status} and {@code response}.
 */
public final class MedusaSamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MedusaSamples() {}

    public static JsonNode sample(String name) {
        return JSON.readTree(CapturedSamples.MEDUSA.bytes(name + ".json"));
    }

    public static JsonNode response(String name) {
        return sample(name).get("response");
    }

    public static int status(String name) {
        return sample(name).get("status").intValue();
    }

    /** The response body as the server sent it. */
    public static String body(String name) {
        return JSON.writeValueAsString(response(name));
    }

    /** {@code response.<key>} as a wire record. */
    public static <T> T entity(String name, String key, Class<T> type) {
        return JSON.treeToValue(response(name).get(key), type);
    }

    /** {@code response.<key>[]} as wire records. */
    public static <T> List<T> list(String name, String key, Class<T> type) {
        List<T> items = new ArrayList<>();
        response(name).get(key).forEach(node -> items.add(JSON.treeToValue(node, type)));
        return items;
    }

    /** An entity with extra columns set, as a request with those {@code fields} would return it. */
    public static <T> T entityWith(String name, String key, Class<T> type, String field, String value) {
        tools.jackson.databind.node.ObjectNode node =
                (tools.jackson.databind.node.ObjectNode) response(name).get(key).deepCopy();
        node.put(field, value);
        return JSON.treeToValue(node, type);
    }
}
