package io.omnicart.adapter.support.http;

import java.net.URI;

/** Request URIs below a store's base URL. */
public final class UpstreamUris {

    private UpstreamUris() {}

    /** {@code base} without its trailing slashes, then {@code path}, then {@code ?query} unless the query is empty. */
    public static URI resolve(URI base, String path, String encodedQuery) {
        String root = withoutTrailingSlashes(base.toString());
        return URI.create(root + path + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery));
    }

    /** The URL without its trailing slashes (no regex: this runs on every call). */
    public static String withoutTrailingSlashes(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return end == url.length() ? url : url.substring(0, end);
    }
}
