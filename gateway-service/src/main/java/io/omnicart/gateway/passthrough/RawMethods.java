package io.omnicart.gateway.passthrough;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.http.HttpMethod;

/** Which methods the raw route forwards: reads always, the usual writes only when the operator allows them. */
final class RawMethods {

    static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private RawMethods() {}

    static boolean isRead(HttpMethod method) {
        return READS.contains(method);
    }

    /** The methods forwarded, in a stable order for the {@code Allow} header. */
    static Set<HttpMethod> allowed(boolean allowWrites) {
        Set<HttpMethod> allowed = new LinkedHashSet<>(java.util.List.of(HttpMethod.GET, HttpMethod.HEAD));
        if (allowWrites) {
            allowed.addAll(java.util.List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE));
        }
        return allowed;
    }

    /** The {@code method} metric tag: one of the known methods, {@code other} for anything else. */
    static String tag(HttpMethod method) {
        return READS.contains(method) || WRITES.contains(method) || HttpMethod.OPTIONS.equals(method)
                ? method.name()
                : "OTHER";
    }
}
