package io.omnicart.adapter.omnium.client;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One call of the Omnium API: where it goes, with which credentials and body, and what it addresses ({@code resource}
 * and {@code id}, for the error translator). {@code toString()} shows the path only: never the query (the token call
 * carries the client secret there) nor the credentials.
 */
record OmniumRequest(
        HttpMethod method,
        URI uri,
        @Nullable String authorization,
        @Nullable Object body,
        String resource,
        @Nullable String id) {

    @Override
    public String toString() {
        return method + " " + uri.getRawPath() + " (" + resource + (id == null ? "" : " " + id) + ")";
    }
}
