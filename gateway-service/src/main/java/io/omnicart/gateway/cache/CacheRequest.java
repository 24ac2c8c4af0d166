package io.omnicart.gateway.cache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.MultiValueMap;

/**
 * A request on one account ({@code /v1/accounts/{accountId}/…}): a read that may be cached (a {@code kind} is present)
 * or a write that evicts the account's entries on success.
 */
record CacheRequest(String accountId, boolean write, Optional<ResourceKind> kind, String pathAndQuery) {

    private static final String PREFIX = "/v1/accounts/";

    static Optional<CacheRequest> of(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        HttpMethod method = request.getMethod();
        boolean read = HttpMethod.GET.equals(method);
        boolean write = !read && !HttpMethod.HEAD.equals(method) && !HttpMethod.OPTIONS.equals(method);
        if (!path.startsWith(PREFIX) || !(read || write)) {
            return Optional.empty();
        }
        List<String> segments = segments(path, PREFIX.length());
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResourceKind> kind = read ? ResourceKind.of(segments.subList(1, segments.size())) : Optional.empty();
        return Optional.of(new CacheRequest(segments.getFirst(), write, kind, path + normalizedQuery(request)));
    }

    /** The non-empty {@code /}-separated segments of {@code path} from {@code from} on. */
    private static List<String> segments(String path, int from) {
        List<String> segments = new ArrayList<>(4);
        int start = from;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (end > start) {
                segments.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return segments;
    }

    /** The query sorted by name, each name's values in their order: {@code ?a=1&b=2&b=3}. */
    static String normalizedQuery(ServerHttpRequest request) {
        MultiValueMap<String, String> params = request.getQueryParams();
        if (params.isEmpty()) {
            return "";
        }
        String[] names = params.keySet().toArray(String[]::new);
        Arrays.sort(names);
        StringBuilder query = new StringBuilder(64);
        for (String name : names) {
            for (String value : params.get(name)) {
                query.append(query.isEmpty() ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(value);
            }
        }
        return query.toString();
    }
}
