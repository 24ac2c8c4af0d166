package io.omnicart.testkit.simulator.medusa.handler;

import io.omnicart.testkit.simulator.http.SimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One admin route: method, path template with {@code {param}} segments, and its handler. */
record Route(String method, Pattern pattern, Function<Call, SimResponse> handler) {

    static Route of(String method, String template, Function<Call, SimResponse> handler) {
        String regex = "^" + template.replaceAll("\\{[^/]+}", "([^/]+)") + "/?$";
        return new Route(method, Pattern.compile(regex), handler);
    }

    /** The path parameters when this route serves the request. */
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
