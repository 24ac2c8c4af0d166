package io.omnicart.gateway.api.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * One operation of the served OpenAPI document: method, path template, its query parameters and the property names of
 * its JSON body (empty when it takes none).
 */
record ApiEndpoint(HttpMethod method, String path, List<String> queryParameters, Set<String> bodyFields, boolean body) {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** Every operation of {@code document}. */
    static List<ApiEndpoint> all(JsonNode document) {
        List<ApiEndpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    endpoints.add(of(document, path.getKey(), operation.getKey(), operation.getValue()));
                }
            }
        }
        return endpoints;
    }

    /** The path's {@code {name}} segments. */
    List<String> pathVariables() {
        List<String> names = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static ApiEndpoint of(JsonNode document, String path, String method, JsonNode operation) {
        List<String> query = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            if ("query".equals(parameter.path("in").asString())) {
                query.add(parameter.path("name").asString());
            }
        });
        JsonNode schema = operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        Set<String> fields = new LinkedHashSet<>();
        collectFields(document, schema, fields, 0);
        return new ApiEndpoint(
                HttpMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT)),
                path,
                List.copyOf(query),
                fields,
                !operation.path("requestBody").isMissingNode());
    }

    /** Property names of the schema and the object schemas it nests (a few levels), so bodies look almost right. */
    private static void collectFields(JsonNode document, JsonNode schema, Set<String> fields, int depth) {
        if (depth > 4 || schema.isMissingNode()) {
            return;
        }
        JsonNode resolved = resolve(document, schema);
        resolved.path("properties").properties().forEach(property -> {
            fields.add(property.getKey());
            collectFields(document, property.getValue(), fields, depth + 1);
        });
        collectFields(document, resolved.path("items"), fields, depth + 1);
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asString();
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }
}
