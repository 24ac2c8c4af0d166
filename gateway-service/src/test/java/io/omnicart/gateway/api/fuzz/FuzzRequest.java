package io.omnicart.gateway.api.fuzz;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/** One generated request: method, an already encoded path and query, and an optional raw body with its type. */
record FuzzRequest(HttpMethod method, String uri, @Nullable String body, String contentType) {

    @Override
    public String toString() {
        String shown = body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        return method + " " + uri + " [" + contentType + "]" + shown;
    }
}
