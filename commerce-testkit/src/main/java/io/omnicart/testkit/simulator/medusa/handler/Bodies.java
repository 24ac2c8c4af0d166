package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.medusa.state.AddressFields;
import io.omnicart.testkit.simulator.medusa.state.MedusaFailure;
import io.omnicart.testkit.simulator.medusa.wire.MedusaJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Strict request bodies, as Medusa's validators are (reference §3.3): unknown fields and missing required ones give
 * one 400 {@code invalid_data} listing every problem.
 */
public final class Bodies {

    private Bodies() {}

    static ObjectNode parse(String body) {
        if (body.isBlank()) {
            return MedusaJson.object();
        }
        JsonNode tree;
        try {
            tree = MedusaJson.mapper().readTree(body);
        } catch (RuntimeException malformed) {
            throw MedusaFailure.invalidData("Invalid request: malformed JSON body");
        }
        if (tree instanceof ObjectNode object) {
            return object;
        }
        throw MedusaFailure.invalidData("Invalid request: Expected type: 'object' for the request body");
    }

    /** Checks {@code body} against the allowed and required top-level fields. */
    public static ObjectNode strict(ObjectNode body, Set<String> allowed, Set<String> required) {
        List<String> problems = new ArrayList<>();
        required.stream()
                .sorted()
                .filter(field -> !body.hasNonNull(field))
                .forEach(field -> problems.add("Field '" + field + "' is required"));
        String unknown = body.propertyNames().stream()
                .filter(field -> !allowed.contains(field) && !required.contains(field))
                .map(field -> "'" + field + "'")
                .collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            problems.add("Unrecognized fields: " + unknown);
        }
        if (!problems.isEmpty()) {
            throw MedusaFailure.invalidData("Invalid request: " + String.join("; ", problems));
        }
        return body;
    }

    public static @Nullable String text(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** A postal address object ({@code first_name, …, country_code}); the country code is lower-cased. */
    public static AddressFields address(JsonNode node) {
        if (!node.isObject()) {
            throw MedusaFailure.invalidData("Invalid request: Expected type: 'object' for an address");
        }
        ObjectNode object = (ObjectNode) node;
        String country = text(object, "country_code");
        return new AddressFields(
                text(object, "first_name"),
                text(object, "last_name"),
                text(object, "company"),
                text(object, "address_1"),
                text(object, "address_2"),
                text(object, "city"),
                text(object, "province"),
                text(object, "postal_code"),
                country == null ? null : country.toLowerCase(Locale.ROOT),
                text(object, "phone"));
    }

    public static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw MedusaFailure.invalidData(
                    "Invalid request: Expected type: 'number' for field '" + field + "', got: '" + value + "'");
        }
        return value.asInt();
    }
}
