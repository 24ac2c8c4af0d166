package io.omnicart.gateway.passthrough;

import io.omnicart.core.error.InvalidRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * The part of a raw request below the account's base URL, as the caller sent it (still percent-encoded), checked so
 * that it can only name a resource under that base URL: no {@code .}/{@code ..} segments (plain or encoded), no encoded
 * or back slashes, no double encoding, no empty segments, no {@code ;} path parameters, nothing that reads as a scheme,
 * and only URI characters. {@link #resolve} then builds the target and checks it once more.
 */
record RawPath(String path, String query) {

    private static final String FIELD = "path";
    private static final Pattern PATH_CHARS = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,=:@/%]*");
    private static final Pattern QUERY_CHARS = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:.*");

    RawPath {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
    }

    /** The checked path ({@code /admin/orders}) and query (without {@code ?}, empty when none). */
    static RawPath of(String encodedPath, @Nullable String rawQuery) {
        if (encodedPath.isEmpty() || encodedPath.equals("/")) {
            throw refused("a path below the store's base URL is required, e.g. /admin/orders");
        }
        if (!encodedPath.startsWith("/") || !PATH_CHARS.matcher(encodedPath).matches()) {
            throw refused("contains characters a URL path cannot carry");
        }
        List<String> segments = List.of(encodedPath.substring(1).split("/", -1));
        if (SCHEME.matcher(segments.getFirst()).matches()) {
            throw refused("must be a path below the store's base URL, not an absolute URL");
        }
        segments.forEach(RawPath::checkSegment);
        String query = rawQuery == null ? "" : rawQuery;
        if (!QUERY_CHARS.matcher(query).matches()) {
            throw InvalidRequest.field("query", "contains characters a URL query cannot carry");
        }
        return new RawPath(encodedPath, query);
    }

    /**
     * The account's base URL + this path + the caller's query, with {@code authQuery} (the platform's credentials)
     * replacing any caller parameter of the same name. Refused unless it stays on the base URL's origin and path.
     */
    URI resolve(URI baseUrl, Map<String, String> authQuery) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        String fullQuery = withAuthorization(query, authQuery);
        URI target;
        try {
            target = URI.create(base + path + (fullQuery.isEmpty() ? "" : "?" + fullQuery));
        } catch (IllegalArgumentException malformed) {
            throw refused("does not form a valid URL below the store's base URL");
        }
        if (!sameOrigin(baseUrl, target) || !target.getRawPath().startsWith(basePath(baseUrl) + "/")) {
            throw refused("must stay below the store's base URL");
        }
        return target;
    }

    private static void checkSegment(String segment) {
        if (segment.isEmpty()) {
            throw refused("must not contain empty segments (//)");
        }
        if (segment.toLowerCase(Locale.ROOT).contains("%25")) {
            throw refused("must not be percent-encoded twice");
        }
        String decoded = decode(segment, FIELD);
        if (decoded.equals(".") || decoded.equals("..")) {
            throw refused("must not contain . or .. segments");
        }
        if (decoded.contains("/") || decoded.contains("\\") || decoded.contains(";")) {
            throw refused("must not contain encoded slashes, backslashes or ; parameters");
        }
        if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw refused("must not contain control characters");
        }
    }

    private static String withAuthorization(String query, Map<String, String> authQuery) {
        List<String> parameters = new ArrayList<>();
        for (String parameter : query.isEmpty() ? new String[0] : query.split("&")) {
            String name = decode(parameter.split("=", 2)[0], "query");
            if (!authQuery.containsKey(name)) {
                parameters.add(parameter);
            }
        }
        authQuery.forEach((name, value) -> parameters.add(encode(name) + "=" + encode(value)));
        return String.join("&", parameters);
    }

    private static boolean sameOrigin(URI base, URI target) {
        return base.getScheme().equalsIgnoreCase(target.getScheme())
                && base.getHost().equalsIgnoreCase(String.valueOf(target.getHost()))
                && base.getPort() == target.getPort()
                && target.getRawUserInfo() == null
                && target.getRawFragment() == null;
    }

    private static String basePath(URI base) {
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        return path.replaceAll("/+$", "");
    }

    private static String decode(String value, String field) {
        try {
            return UriUtils.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw InvalidRequest.field(field, "contains a malformed percent-encoding");
        }
    }

    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }

    private static InvalidRequest refused(String message) {
        return InvalidRequest.field(FIELD, message);
    }
}
