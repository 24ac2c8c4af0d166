package io.omnicart.adapter.opencart.client;

import io.omnicart.adapter.opencart.auth.OpenCartBridgeSigner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The query of one bridge call: the {@code route} first, then parameters in insertion order, each RFC 3986-encoded
 * exactly as the signature canonicalizes it (so {@code +} in a timestamp is sent as {@code %2B}). Null values are
 * left out.
 */
public final class OpenCartBridgeQuery {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    private OpenCartBridgeQuery(String route) {
        parameters.put("route", route);
    }

    public static OpenCartBridgeQuery route(String route) {
        return new OpenCartBridgeQuery(route);
    }

    public OpenCartBridgeQuery with(String name, @Nullable Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
        return this;
    }

    public String route() {
        return parameters.get("route");
    }

    /** The encoded query string, without {@code ?}. */
    public String encoded() {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) ->
                query.add(OpenCartBridgeSigner.encode(name) + "=" + OpenCartBridgeSigner.encode(value)));
        return query.toString();
    }

    @Override
    public String toString() {
        return "OpenCartBridgeQuery[" + route() + "]";
    }
}
