package io.omnicart.adapter.opencart.client;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One HTTP call to a store: where it goes, the headers and body to send, and what it addresses ({@code resource} and
 * {@code id}, for the error translator). {@code toString()} names neither the query string (it may carry an {@code
 * api_token}) nor headers nor body (they may carry a key or a signature).
 */
record OpenCartRequest(
        HttpMethod method,
        URI uri,
        Map<String, String> headers,
        byte @Nullable [] body,
        @Nullable String contentType,
        String resource,
        @Nullable String id) {

    OpenCartRequest {
        headers = Map.copyOf(headers);
        body = body == null ? null : body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpenCartRequest that
                && method.equals(that.method)
                && uri.equals(that.uri)
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    @Override
    public String toString() {
        return method + " " + uri.getPath() + " (" + resource + (id == null ? "" : " " + id) + ")";
    }
}
