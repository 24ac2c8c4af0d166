package io.omnicart.testkit.simulator.http;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request as simulators see it.
 *
 * @param path the decoded path without query string
 * @param headers header names lower-cased (first value of each)
 * @param body the body as UTF-8 text, empty when there was none
 */
public record SimRequest(String method, String path, QueryParams query, Map<String, String> headers, String body) {

    public SimRequest {
        method = method.toUpperCase(Locale.ROOT);
        headers = Map.copyOf(headers);
    }

    public @Nullable String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean isGet() {
        return "GET".equals(method);
    }
}
