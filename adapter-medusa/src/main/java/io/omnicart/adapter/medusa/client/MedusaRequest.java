package io.omnicart.adapter.medusa.client;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One call of the Admin API: where it goes, with which credentials and body, and what it addresses ({@code resource}
 * and {@code id}, for the error translator). {@code toString()} leaves out the credentials.
 */
record MedusaRequest(
        HttpMethod method,
        URI uri,
        @Nullable String authorization,
        @Nullable Object body,
        String resource,
        @Nullable String id) {

    @Override
    public String toString() {
        return method + " " + uri.getPath() + " (" + resource + (id == null ? "" : " " + id) + ")";
    }
}
