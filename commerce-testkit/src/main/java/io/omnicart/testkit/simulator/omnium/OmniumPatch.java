package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.omnium.wire.OmniumJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Omnium's patch semantics (reference §2): only supplied fields change; {@code properties} merge by key unless
 * {@code keepExistingCustomProperties:false}; {@code tags}/{@code externalIds} merge unless
 * {@code keepExistingListItems:false}; {@code propertiesRemovalConditions} remove matching properties first;
 * {@code forceUpdate}/{@code fieldsToForceNull} null out the named fields. Request names match case-insensitively and
 * are stored camelCase.
 */
final class OmniumPatch {

    private static final Set<String> CONTROL = Set.of(
            "keepexistingcustomproperties",
            "keepexistinglistitems",
            "propertiesremovalconditions",
            "forceupdate",
            "fieldstoforcenull",
            "id",
            "categoryidstoremove");

    private OmniumPatch() {}

    /** Applies {@code patch} to {@code target}, leaving fields in {@code immutable} (camelCase) alone. */
    static void apply(ObjectNode target, JsonNode patch, Set<String> immutable) {
        boolean keepProperties = keep(patch, "keepExistingCustomProperties");
        boolean keepLists = keep(patch, "keepExistingListItems");
        JsonNode removal = OmniumJson.field(patch, "propertiesRemovalConditions");
        if (removal != null && removal.isArray()) {
            ArrayNode properties = target.withArray("properties");
            for (JsonNode condition : removal.values()) {
                String key = OmniumJson.text(condition, "key");
                String value = OmniumJson.text(condition, "value");
                for (int index = properties.size() - 1; index >= 0; index--) {
                    JsonNode property = properties.get(index);
                    if ((key == null || key.equals(property.path("key").asString()))
                            && (value == null
                                    || value.equals(property.path("value").asString()))) {
                        properties.remove(index);
                    }
                }
            }
        }
        if (!(patch instanceof ObjectNode object)) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String name = camel(entry.getKey());
            JsonNode value = entry.getValue();
            if (CONTROL.contains(name.toLowerCase(Locale.ROOT)) || immutable.contains(name) || value.isNull()) {
                continue;
            }
            switch (name) {
                case "properties" -> mergeProperties(target.withArray("properties"), value, keepProperties);
                case "tags", "customerGroups", "storeIds", "marketIds" ->
                    mergeStrings(target.withArray(name), value, keepLists);
                case "externalIds" -> mergeExternalIds(target.withArray("externalIds"), value, keepLists);
                default -> {
                    if (value.isObject() && target.get(name) instanceof ObjectNode existing) {
                        for (Map.Entry<String, JsonNode> inner : ((ObjectNode) value).properties()) {
                            existing.set(camel(inner.getKey()), inner.getValue().deepCopy());
                        }
                    } else {
                        target.set(name, value.deepCopy());
                    }
                }
            }
        }
        List<String> forced = OmniumJson.strings(patch, "forceUpdate");
        forced.addAll(OmniumJson.strings(patch, "fieldsToForceNull"));
        for (String field : forced) {
            String name = camel(field);
            if (!immutable.contains(name)) {
                target.putNull(name);
            }
        }
    }

    private static boolean keep(JsonNode patch, String flag) {
        JsonNode value = OmniumJson.field(patch, flag);
        return value == null || value.asBoolean();
    }

    static void mergeStrings(ArrayNode target, JsonNode incoming, boolean keep) {
        if (!keep) {
            target.removeAll();
        }
        List<String> existing = OmniumJson.strings(target);
        for (String value : OmniumJson.strings(incoming)) {
            if (!existing.contains(value)) {
                target.add(value);
                existing.add(value);
            }
        }
    }

    static void mergeProperties(ArrayNode target, JsonNode incoming, boolean keep) {
        if (!keep) {
            target.removeAll();
        }
        for (JsonNode property : incoming.values()) {
            String key = OmniumJson.text(property, "key");
            ObjectNode normalized = normalize(property);
            boolean replaced = false;
            for (int index = 0; index < target.size(); index++) {
                if (key != null && key.equals(target.get(index).path("key").asString())) {
                    target.set(index, normalized);
                    replaced = true;
                }
            }
            if (!replaced) {
                target.add(normalized);
            }
        }
    }

    private static void mergeExternalIds(ArrayNode target, JsonNode incoming, boolean keep) {
        if (!keep) {
            target.removeAll();
        }
        for (JsonNode externalId : incoming.values()) {
            ObjectNode normalized = normalize(externalId);
            boolean present = false;
            for (JsonNode existing : target.values()) {
                if (existing.equals(normalized)) {
                    present = true;
                }
            }
            if (!present) {
                target.add(normalized);
            }
        }
    }

    /** A copy of an object with camelCase names. */
    static ObjectNode normalize(JsonNode node) {
        ObjectNode copy = OmniumJson.object();
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                copy.set(camel(entry.getKey()), entry.getValue().deepCopy());
            }
        }
        return copy;
    }

    static String camel(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
