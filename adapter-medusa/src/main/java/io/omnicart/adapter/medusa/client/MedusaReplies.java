package io.omnicart.adapter.medusa.client;

import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.medusa.model.MedusaList;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Medusa's envelopes: {@code {"order": {…}}} for one entity, {@code {"orders": [...], "count", "offset",
 * "limit"}} for a list. A 200 without the entity key is Medusa's way of saying "not found" for collections and stores
 * (reference §4), so every missing entity becomes {@code NotFound}.
 */
final class MedusaReplies {

    private final JsonMapper json;

    MedusaReplies(JsonMapper json) {
        this.json = json;
    }

    <T> T entity(JsonNode root, String key, Class<T> type, String resource, String id) {
        JsonNode node = object(root).get(key);
        if (node == null || node.isNull() || (node.isObject() && node.isEmpty())) {
            throw MedusaErrorTranslator.notFound(resource, id);
        }
        if (!node.isObject()) {
            throw MedusaErrorTranslator.unexpectedReply("'" + key + "' is not an object");
        }
        return json.treeToValue(node, type);
    }

    /** The entity a creation answered with; its absence is a broken reply, not a missing entity. */
    <T> T created(JsonNode root, String key, Class<T> type) {
        JsonNode node = object(root).get(key);
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw MedusaErrorTranslator.unexpectedReply("no '" + key + "' in the answer of a creation");
        }
        return json.treeToValue(node, type);
    }

    /** The whole body as one record (answers without an envelope, such as the login). */
    <T> T value(JsonNode root, Class<T> type) {
        return json.treeToValue(object(root), type);
    }

    <T> MedusaList<T> list(JsonNode root, String key, Class<T> type) {
        List<T> items = array(root, key, type);
        JsonNode envelope = object(root);
        long offset = number(envelope, "offset", 0);
        long limit = number(envelope, "limit", items.size());
        return new MedusaList<>(items, number(envelope, "count", offset + items.size()), offset, limit);
    }

    <T> List<T> array(JsonNode root, String key, Class<T> type) {
        JsonNode node = object(root).get(key);
        if (node == null || !node.isArray()) {
            throw MedusaErrorTranslator.unexpectedReply("no '" + key + "' list");
        }
        List<T> items = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            items.add(json.treeToValue(element, type));
        }
        return items;
    }

    private static JsonNode object(JsonNode root) {
        if (!root.isObject()) {
            throw MedusaErrorTranslator.unexpectedReply("the body is not a JSON object");
        }
        return root;
    }

    private static long number(JsonNode envelope, String key, long fallback) {
        JsonNode node = envelope.get(key);
        return node != null && node.isIntegralNumber() ? node.longValue() : fallback;
    }
}
