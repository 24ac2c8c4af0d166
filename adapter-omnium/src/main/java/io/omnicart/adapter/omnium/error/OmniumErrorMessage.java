package io.omnicart.adapter.omnium.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The explanation in an Omnium error body, read leniently because its shape is not documented uniformly (reference §4):
 * {@code message} (cart API and most answers), then ProblemDetails {@code detail}/{@code title}, then model-binding
 * {@code errors}, then a short plain-text body; else only the status.
 */
record OmniumErrorMessage(String text, boolean fromBody) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_MESSAGE = 500;

    static OmniumErrorMessage parse(int status, String body) {
        String found = body.isBlank() ? null : read(body.strip());
        return found == null || found.isBlank()
                ? new OmniumErrorMessage("Omnium answered HTTP " + status, false)
                : new OmniumErrorMessage(clean(found), true);
    }

    private static @Nullable String read(String body) {
        if (body.charAt(0) != '{') {
            return body.charAt(0) == '<' || body.charAt(0) == '[' ? null : body;
        }
        try {
            JsonNode root = JSON.readTree(body);
            for (String field : List.of("message", "detail", "title", "validationMessage")) {
                JsonNode value = root.get(field);
                if (value != null && value.isString() && !value.asString().isBlank()) {
                    return value.asString();
                }
            }
            return errors(root.get("errors"));
        } catch (JacksonException notJson) {
            return null;
        }
    }

    /** ASP.NET model-binding errors {@code {"field": ["message", …]}} as {@code field: message; …}. */
    private static @Nullable String errors(@Nullable JsonNode errors) {
        if (errors == null || !errors.isObject()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : errors.properties()) {
            JsonNode first = entry.getValue().isArray() ? entry.getValue().get(0) : entry.getValue();
            parts.add(entry.getKey() + ": " + (first == null ? "invalid" : first.asString()));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String clean(String message) {
        String flat = message.replaceAll("\\p{Cntrl}+", " ").strip();
        return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "…";
    }
}
