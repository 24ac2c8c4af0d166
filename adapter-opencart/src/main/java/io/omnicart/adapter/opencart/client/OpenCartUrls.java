package io.omnicart.adapter.opencart.client;

import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where a store's two APIs live. The account's base URL is the store root (the folder holding {@code index.php}, with
 * or without a trailing slash, possibly below a path such as {@code /shop}); the native API is {@code
 * <root>/index.php?route=…} and the bridge is {@code <root>/omnicart-bridge.php}, both on the same origin.
 */
public final class OpenCartUrls {

    public static final String BRIDGE_FILE = "omnicart-bridge.php";
    public static final String NATIVE_ENTRY = "index.php";

    private OpenCartUrls() {}

    /** {@code <root>/index.php?route=<route>&<params>}, every value form-encoded. */
    public static URI nativeRoute(StoreConnection store, String route, Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        query.add("route=" + route);
        params.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return URI.create(root(store) + NATIVE_ENTRY + "?" + query);
    }

    /** {@code <root>/index.php}, without a query. */
    public static URI nativeEntry(StoreConnection store) {
        return URI.create(root(store) + NATIVE_ENTRY);
    }

    /** {@code target} with {@code params} as its query, every name and value form-encoded, in their order. */
    public static URI withQuery(URI target, Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return URI.create(target + "?" + query);
    }

    /** {@code <root>/omnicart-bridge.php} followed by {@code rawQuery} when there is one. */
    public static URI bridge(StoreConnection store, String rawQuery) {
        return URI.create(root(store) + BRIDGE_FILE + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
    }

    /** The path of the bridge below the host, e.g. {@code /shop/omnicart-bridge.php}. */
    public static String bridgePath(StoreConnection store) {
        return URI.create(root(store)).getRawPath() + BRIDGE_FILE;
    }

    /** The store root with exactly one trailing slash. */
    public static String root(StoreConnection store) {
        URI base = store.baseUrl();
        if (base == null) {
            throw OpenCartErrorTranslator.invalidField("baseUrl", "an OpenCart store needs its root URL");
        }
        String text = base.toString();
        int query = text.indexOf('?');
        text = query < 0 ? text : text.substring(0, query);
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "/";
    }

    /** {@code application/x-www-form-urlencoded} for one name or value. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A form body of {@code fields}, in their order. */
    public static byte[] form(Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
