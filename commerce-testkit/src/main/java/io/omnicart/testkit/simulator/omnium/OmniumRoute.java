package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One API route: method, case-insensitive path template with {@code {param}} segments, its handler, and how it is
 * protected (role, gate) — derived from the template by {@link OmniumAccess#of(String, String)}.
 */
record OmniumRoute(
        String method,
        String template,
        Pattern pattern,
        OmniumAccess access,
        BiFunction<SimRequest, List<String>, SimResponse> handler) {

    static OmniumRoute of(String method, String template, BiFunction<SimRequest, List<String>, SimResponse> handler) {
        String regex = "^" + template.replaceAll("\\{[^/]+}", "([^/]+)") + "/?$";
        return new OmniumRoute(
                method,
                template,
                Pattern.compile(regex, Pattern.CASE_INSENSITIVE),
                OmniumAccess.of(method, template),
                handler);
    }

    /** The key request counters use: {@code "GET /api/Orders/{id}"}. */
    String key() {
        return method + " " + template;
    }

    Optional<List<String>> match(String requestMethod, String path) {
        if (!method.equals(requestMethod)) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> params = new ArrayList<>();
        for (int group = 1; group <= matcher.groupCount(); group++) {
            params.add(matcher.group(group));
        }
        return Optional.of(params);
    }
}
