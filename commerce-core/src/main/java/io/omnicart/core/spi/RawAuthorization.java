package io.omnicart.core.spi;

import java.util.Map;

/**
 * What an adapter adds to a raw passthrough request so the platform accepts it: headers (e.g. {@code Authorization})
 * and query parameters (e.g. an OpenCart {@code api_token}). The target stays the account's own base URL. Its {@code
 * toString()} names the keys only, never the values, since they are credentials.
 */
public record RawAuthorization(Map<String, String> headers, Map<String, String> queryParameters) {

    public RawAuthorization {
        headers = Map.copyOf(headers);
        queryParameters = Map.copyOf(queryParameters);
    }

    public static RawAuthorization header(String name, String value) {
        return new RawAuthorization(Map.of(name, value), Map.of());
    }

    @Override
    public String toString() {
        return "RawAuthorization[headers=" + headers.keySet() + ", query=" + queryParameters.keySet() + "]";
    }
}
