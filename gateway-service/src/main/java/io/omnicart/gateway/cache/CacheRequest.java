package io.omnicart.gateway.cache;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;

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
        List<String> segments = Arrays.stream(path.substring(PREFIX.length()).split("/"))
                .filter(segment -> !segment.isEmpty())
                .toList();
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResourceKind> kind = read ? ResourceKind.of(segments.subList(1, segments.size())) : Optional.empty();
        return Optional.of(new CacheRequest(segments.getFirst(), write, kind, path + normalizedQuery(request)));
    }

    /** The query sorted by name, each name's values in their order: {@code ?a=1&b=2&b=3}. */
    static String normalizedQuery(ServerHttpRequest request) {
        String query = request.getQueryParams().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(entry -> entry.getValue().stream().map(value -> entry.getKey() + "=" + value))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }
}
