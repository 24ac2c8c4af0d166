package io.omnicart.testkit.simulator.medusa;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Compares the shape of two JSON documents: the same keys in every object, recursively (arrays by their first
 * element; an array empty on one side only is a difference), the same JSON types for scalars (null matches
 * anything: data may differ).
 */
final class Shapes {

    private Shapes() {}

    /** Every difference, as {@code path: message}; empty when the shapes agree. */
    static List<String> differences(JsonNode actual, JsonNode expected) {
        List<String> differences = new ArrayList<>();
        compare("$", actual, expected, differences);
        return differences;
    }

    private static void compare(String path, JsonNode actual, JsonNode expected, List<String> out) {
        if (actual.isNull() || expected.isNull()) {
            return;
        }
        if (actual.isObject() && expected.isObject()) {
            compareObjects(path, actual, expected, out);
        } else if (actual.isArray() && expected.isArray()) {
            if (actual.isEmpty() != expected.isEmpty()) {
                out.add(path + ": " + (actual.isEmpty() ? "empty" : "not empty") + " unlike the sample");
            } else if (!actual.isEmpty()) {
                compare(path + "[0]", actual.get(0), expected.get(0), out);
            }
        } else if (actual.getNodeType() != expected.getNodeType()) {
            out.add(path + ": " + actual.getNodeType() + " instead of " + expected.getNodeType());
        }
    }

    private static void compareObjects(String path, JsonNode actual, JsonNode expected, List<String> out) {
        Set<String> missing = new TreeSet<>(expected.propertyNames());
        missing.removeAll(actual.propertyNames());
        Set<String> extra = new TreeSet<>(actual.propertyNames());
        extra.removeAll(expected.propertyNames());
        if (!missing.isEmpty()) {
            out.add(path + ": missing " + missing);
        }
        if (!extra.isEmpty()) {
            out.add(path + ": unexpected " + extra);
        }
        for (String key : expected.propertyNames()) {
            if (actual.has(key)) {
                compare(path + "." + key, actual.get(key), expected.get(key), out);
            }
        }
    }
}
