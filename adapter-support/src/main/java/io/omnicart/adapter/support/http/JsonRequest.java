package io.omnicart.adapter.support.http;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One call of a JSON API: where it goes, with which {@code Authorization} and body, and what it addresses ({@code
 * resource} and {@code id}, for the adapter's error translator). {@code toString()} shows the path only: never the query
 * (a token call may carry a secret there) nor the credentials.
 */
public record JsonRequest(
        HttpMethod method,
        URI uri,
        @Nullable String authorization,
        @Nullable Object body,
        String resource,
        @Nullable String id) {

    /** The same call with other credentials. */
    public JsonRequest withAuthorization(@Nullable String header) {
        return new JsonRequest(method, uri, header, body, resource, id);
    }

    /** The WebClient request: accepts JSON, sends the {@code Authorization} and the body as JSON when there are any. */
    public WebClient.RequestHeadersSpec<?> prepare(WebClient webClient, JsonMapper json) {
        WebClient.RequestBodySpec spec = webClient.method(method).uri(uri).accept(MediaType.APPLICATION_JSON);
        if (authorization != null) {
            spec.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (body == null) {
            return spec;
        }
        return spec.contentType(MediaType.APPLICATION_JSON).bodyValue(json.writeValueAsBytes(body));
    }

    @Override
    public String toString() {
        return method + " " + uri.getRawPath() + " (" + resource + (id == null ? "" : " " + id) + ")";
    }
}
