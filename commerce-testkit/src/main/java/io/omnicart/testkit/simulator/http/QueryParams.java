package io.omnicart.testkit.simulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decoded query parameters with the qs conventions Node servers use: {@code name[]=a&name[]=b} and
 * {@code name[0]=a} are arrays of {@code name}, {@code name[$gte]=x} is an operator map of {@code name}.
 */
public final class QueryParams {

    private final Map<String, List<String>> raw;

    public QueryParams(Map<String, List<String>> raw) {
        this.raw = new LinkedHashMap<>(raw);
    }

    /** Parameters as they arrived (keys unnormalized). */
    public Map<String, List<String>> raw() {
        return raw;
    }

    /** Whether {@code name} arrived in any form ({@code name}, {@code name[]}, {@code name[…]}). */
    public boolean has(String name) {
        return raw.keySet().stream().anyMatch(key -> baseName(key).equals(name));
    }

    /** The plain value of {@code name=…}, or null (also when it arrived only in array form). */
    public @Nullable String single(String name) {
        List<String> values = raw.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** Whether {@code name} arrived in array form ({@code name[]} or {@code name[0]}). */
    public boolean isArray(String name) {
        return raw.keySet().stream().anyMatch(key -> key.startsWith(name + "[") && !key.contains("[$"));
    }

    /** Every value of {@code name}, plain or array form, in arrival order; empty when absent. */
    public List<String> values(String name) {
        List<String> values = new ArrayList<>();
        raw.forEach((key, list) -> {
            if (key.equals(name) || (key.startsWith(name + "[") && !key.contains("[$"))) {
                values.addAll(list);
            }
        });
        return values;
    }

    /** The operator map of {@code name}: {@code name[$gte]=x} gives {@code {"$gte": "x"}}. */
    public Map<String, String> operators(String name) {
        Map<String, String> operators = new LinkedHashMap<>();
        String prefix = name + "[$";
        raw.forEach((key, list) -> {
            if (key.startsWith(prefix) && key.endsWith("]") && !list.isEmpty()) {
                operators.put(key.substring(name.length() + 1, key.length() - 1), list.getFirst());
            }
        });
        return operators;
    }

    /** The plain value of {@code name} as an optional. */
    public Optional<String> optional(String name) {
        return Optional.ofNullable(single(name));
    }

    /** The parameter name with any bracket suffix removed. */
    public static String baseName(String key) {
        int bracket = key.indexOf('[');
        return bracket < 0 ? key : key.substring(0, bracket);
    }
}
