package io.omnicart.testkit.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request as the simulator received it.
 *
 * @param query decoded query parameters in arrival order; keys as sent (e.g. {@code status[]})
 * @param headers header names lower-cased; {@code authorization} keeps its scheme and masks the credential
 *     ({@code Basic ***}, {@code Bearer ***}), cookies are masked entirely
 * @param body the request body as text, empty when there was none
 */
public record RecordedRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, String> headers,
        String body,
        Instant receivedAt) {

    public RecordedRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    /** The first value of a query parameter, or null. */
    public @Nullable String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** A header by case-insensitive name, or null. */
    public @Nullable String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The authentication scheme used ({@code Basic}, {@code Bearer}), or null without an Authorization header. */
    public @Nullable String authScheme() {
        String authorization = header("authorization");
        if (authorization == null) {
            return null;
        }
        int space = authorization.indexOf(' ');
        return space < 0 ? authorization : authorization.substring(0, space);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query);
    }
}
