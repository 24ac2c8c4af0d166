package io.omnicart.testkit.simulator.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A response a simulator sends: a JSON tree (kept as a tree so faults can rewrite it) or plain text.
 *
 * @param json the body as JSON, or null for a text body
 * @param text the body as text when {@code json} is null
 */
public record SimResponse(
        int status,
        String contentType,
        Map<String, String> headers,
        @Nullable JsonNode json,
        String text) {

    public static final String APPLICATION_JSON = "application/json; charset=utf-8";

    public SimResponse {
        headers = Map.copyOf(headers);
    }

    public static SimResponse json(int status, JsonNode body) {
        return new SimResponse(status, APPLICATION_JSON, Map.of(), body, "");
    }

    public static SimResponse text(int status, String contentType, String body) {
        return new SimResponse(status, contentType, Map.of(), null, body);
    }

    public SimResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SimResponse(status, contentType, copy, json, text);
    }

    public SimResponse withJson(JsonNode body) {
        return new SimResponse(status, contentType, headers, body, "");
    }

    public SimResponse withText(String body) {
        return new SimResponse(status, contentType, headers, null, body);
    }
}
