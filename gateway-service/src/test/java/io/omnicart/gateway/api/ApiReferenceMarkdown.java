package io.omnicart.gateway.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Renders the served OpenAPI document as the reference part of {@code docs/api.md}: one table of operations per tag,
 * each operation's parameters, and every schema with its fields. Ordered by path and name, so the text depends on
 * the document only.
 */
final class ApiReferenceMarkdown {

    private static final List<String> METHODS = List.of("get", "head", "post", "put", "patch", "delete");

    private final JsonNode api;
    private final StringBuilder out = new StringBuilder();

    private ApiReferenceMarkdown(JsonNode api) {
        this.api = api;
    }

    static String render(JsonNode api) {
        return new ApiReferenceMarkdown(api).document();
    }

    private String document() {
        Map<String, List<Operation>> byTag = operationsByTag();
        line("## Endpoints");
        byTag.forEach(this::tag);
        line("## Schemas");
        sorted(api.path("components").path("schemas")).forEach(this::schema);
        return out.toString();
    }

    private record Operation(String method, String path, JsonNode node) {}

    private Map<String, List<Operation>> operationsByTag() {
        Map<String, List<Operation>> byTag = new TreeMap<>();
        sorted(api.path("paths"))
                .forEach((path, item) -> METHODS.stream()
                        .filter(item::has)
                        .forEach(method -> byTag.computeIfAbsent(tagOf(item.get(method)), t -> new ArrayList<>())
                                .add(new Operation(method, path, item.get(method)))));
        return byTag;
    }

    private static Map<String, JsonNode> sorted(JsonNode object) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        object.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static String tagOf(JsonNode operation) {
        JsonNode tags = operation.path("tags");
        return tags.isEmpty() ? "Other" : tags.get(0).asString();
    }

    private void tag(String tag, List<Operation> operations) {
        line("### " + tag);
        line("| method | path | operationId | what it does | answers |");
        line("|---|---|---|---|---|");
        operations.forEach(op -> line("| " + op.method().toUpperCase() + " | `" + op.path() + "` | `"
                + op.node().path("operationId").asString() + "` | "
                + cell(op.node().path("summary").asString())
                + " | " + String.join(" ", op.node().path("responses").propertyNames()) + " |"));
        out.append('\n');
        operations.forEach(this::operation);
    }

    private void operation(Operation op) {
        JsonNode node = op.node();
        line("#### " + op.method().toUpperCase() + " " + op.path());
        String description = node.path("description").asString("");
        if (!description.isBlank()) {
            line(description.strip());
        }
        JsonNode parameters = node.path("parameters");
        if (!parameters.isEmpty()) {
            line("| parameter | in | type | required | description |");
            line("|---|---|---|---|---|");
            parameters.forEach(p -> line("| `" + p.path("name").asString() + "` | "
                    + p.path("in").asString() + " | "
                    + type(p.path("schema")) + " | " + (p.path("required").asBoolean() ? "yes" : "no") + " | "
                    + cell(p.path("description").asString("")) + " |"));
            out.append('\n');
        }
        JsonNode body = node.path("requestBody").path("content");
        body.properties()
                .forEach(e -> line("Request body (`" + e.getKey() + "`): "
                        + type(e.getValue().path("schema"))
                        + (node.path("requestBody").path("required").asBoolean() ? ", required." : ", optional.")));
        node.path("responses").properties().forEach(e -> {
            JsonNode content = e.getValue().path("content");
            content.properties()
                    .forEach(c -> line("Answer " + e.getKey() + " (`" + c.getKey() + "`): "
                            + type(c.getValue().path("schema")) + "."));
        });
        out.append('\n');
    }

    private void schema(String name, JsonNode schema) {
        line("### " + name);
        String description = schema.path("description").asString("");
        if (!description.isBlank()) {
            line(cell(description));
        }
        if (schema.has("enum")) {
            line("One of " + values(schema.path("enum")) + ".");
            out.append('\n');
            return;
        }
        JsonNode properties = schema.path("properties");
        if (properties.isEmpty()) {
            line("Type: " + type(schema) + ".");
            out.append('\n');
            return;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        line("| field | type | always present | description |");
        line("|---|---|---|---|");
        properties
                .properties()
                .forEach(e -> line("| `" + e.getKey() + "` | " + type(e.getValue()) + " | "
                        + (required.contains(e.getKey()) ? "yes" : "no") + " | "
                        + cell(e.getValue().path("description").asString("")) + " |"));
        out.append('\n');
    }

    /** A schema as prose: {@code string (date-time)}, {@code array of [Order](#order)}, {@code … or null}. */
    private static String type(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().replaceFirst(".*/", "");
            return "[" + name + "](#" + name.toLowerCase() + ")";
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            if (schema.has(combinator)) {
                List<String> parts = new ArrayList<>();
                schema.path(combinator).forEach(s -> parts.add(type(s)));
                return String.join(combinator.equals("allOf") ? " and " : " or ", parts);
            }
        }
        JsonNode type = schema.path("type");
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> names.add(t.asString()));
        } else if (!type.isMissingNode()) {
            names.add(type.asString());
        }
        List<String> words = new ArrayList<>();
        for (String name : names) {
            words.add(single(name, schema));
        }
        return words.isEmpty() ? "any" : String.join(" or ", words);
    }

    private static String single(String name, JsonNode schema) {
        return switch (name) {
            case "array" -> "array of " + type(schema.path("items"));
            case "null" -> "null";
            default ->
                name
                        + (schema.has("format") ? " (" + schema.path("format").asString() + ")" : "")
                        + (schema.has("enum") ? ": " + values(schema.path("enum")) : "");
        };
    }

    private static String values(JsonNode values) {
        List<String> list = new ArrayList<>();
        values.forEach(v -> list.add("`" + v.asString() + "`"));
        return String.join(", ", list);
    }

    private static String cell(String text) {
        return text.strip().replace("\r", "").replace("\n", " ").replace("|", "\\|");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
