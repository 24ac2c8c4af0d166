package io.omnicart.adapter.omnium.client;

import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import io.omnicart.adapter.omnium.model.OmniumSearchResult;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Omnium's answers: a bare entity, a bare array ({@code GET /api/Markets}, order types), the search wrapper
 * {@code {result, totalHits, scrollId}} (reference §2) or a bare integer (the count endpoint).
 */
final class OmniumReplies {

    private final JsonMapper json;

    OmniumReplies(JsonMapper json) {
        this.json = json;
    }

    /** The body as one entity; an empty object is a missing entity. */
    <T> T entity(JsonNode root, Class<T> type, String resource, String id) {
        if (!root.isObject()) {
            throw OmniumErrorTranslator.unexpectedReply("the " + resource + " is not a JSON object");
        }
        if (root.isEmpty()) {
            throw OmniumErrorTranslator.notFound(resource, id);
        }
        return json.treeToValue(root, type);
    }

    /** The body as a value that must be there (a creation's answer, a workflow result). */
    <T> T value(JsonNode root, Class<T> type) {
        if (!root.isObject() || root.isEmpty()) {
            throw OmniumErrorTranslator.unexpectedReply("the answer is not the documented JSON object");
        }
        return json.treeToValue(root, type);
    }

    <T> List<T> array(JsonNode root, Class<T> type) {
        if (!root.isArray()) {
            throw OmniumErrorTranslator.unexpectedReply("the answer is not a JSON array");
        }
        return rows(root, type);
    }

    <T> OmniumSearchResult<T> search(JsonNode root, Class<T> type) {
        JsonNode result = root.isObject() ? root.get("result") : null;
        if (result == null || !result.isArray()) {
            throw OmniumErrorTranslator.unexpectedReply("no 'result' list in the search answer");
        }
        List<T> rows = rows(result, type);
        JsonNode total = root.get("totalHits");
        JsonNode scrollId = root.get("scrollId");
        return new OmniumSearchResult<>(
                rows,
                total != null && total.isNumber() ? total.longValue() : rows.size(),
                scrollId != null && scrollId.isString() && !scrollId.asString().isBlank() ? scrollId.asString() : null);
    }

    long number(JsonNode root) {
        if (!root.isNumber()) {
            throw OmniumErrorTranslator.unexpectedReply("the count is not a number");
        }
        return root.longValue();
    }

    private <T> List<T> rows(JsonNode array, Class<T> type) {
        List<T> items = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            items.add(json.treeToValue(element, type));
        }
        return items;
    }
}
