package io.omnicart.testkit.simulator.omnium;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One API route: method, case-insensitive path template with {@code {param}} segments, and its handler. */
record OmniumRoute(String method, Pattern pattern, BiFunction<SimRequest, List<String>, SimResponse> handler) {

    static OmniumRoute of(String method, String template, BiFunction<SimRequest, List<String>, SimResponse> handler) {
        String regex = "^" + template.replaceAll("\\{[^/]+}", "([^/]+)") + "/?$";
        return new OmniumRoute(method, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), handler);
    }

    Optional<List<String>> match(String requestMethod, String path) {
        Matcher matcher = pattern.matcher(path);
        if (!method.equals(requestMethod) || !matcher.matches()) {
            return Optional.empty();
        }
        List<String> params = new ArrayList<>();
        for (int group = 1; group <= matcher.groupCount(); group++) {
            params.add(matcher.group(group));
        }
        return Optional.of(params);
    }
}
