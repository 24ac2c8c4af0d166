package io.omnicart.gateway.passthrough;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;

/**
 * Which headers cross the raw route. Towards the store only a short allow-list of content-negotiation and
 * conditional-request headers: never the caller's {@code Authorization}, cookies, API keys, {@code X-Forwarded-*} /
 * {@code Forwarded} or anything else unknown. Back to the caller everything except hop-by-hop headers (RFC 9110
 * §7.6.1, and whatever {@code Connection} names), cookies the store sets, CORS headers meant for the store's own
 * origin, and the headers the gateway itself owns ({@code X-Request-Id}, {@code X-RateLimit-*}, the length).
 */
final class RawHeaders {

    private static final Set<String> FORWARDED = Set.of(
            "accept",
            "accept-language",
            "content-type",
            "content-language",
            "if-match",
            "if-none-match",
            "if-modified-since",
            "if-unmodified-since",
            "idempotency-key");

    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "proxy-connection",
            "te",
            "trailer",
            "trailers",
            "transfer-encoding",
            "upgrade");

    private static final Set<String> DROPPED = Set.of("set-cookie", "set-cookie2", "content-length", "x-request-id");

    private static final List<String> DROPPED_PREFIXES = List.of("x-ratelimit-", "access-control-");

    private RawHeaders() {}

    /** The caller's headers the store may see. */
    static HttpHeaders towardsStore(HttpHeaders caller) {
        HttpHeaders forwarded = new HttpHeaders();
        caller.forEach((name, values) -> {
            if (FORWARDED.contains(lower(name))) {
                forwarded.addAll(name, values);
            }
        });
        return forwarded;
    }

    /** The store's response headers the caller may see. */
    static HttpHeaders towardsCaller(HttpHeaders store) {
        Set<String> named = connectionOptions(store);
        HttpHeaders passed = new HttpHeaders();
        store.forEach((name, values) -> {
            String lower = lower(name);
            if (!HOP_BY_HOP.contains(lower)
                    && !named.contains(lower)
                    && !DROPPED.contains(lower)
                    && DROPPED_PREFIXES.stream().noneMatch(lower::startsWith)) {
                passed.addAll(name, values);
            }
        });
        return passed;
    }

    /** Header names listed in {@code Connection}: hop-by-hop for this connection only. */
    private static Set<String> connectionOptions(HttpHeaders headers) {
        List<String> connection = headers.getValuesAsList(HttpHeaders.CONNECTION);
        return connection.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .map(RawHeaders::lower)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
