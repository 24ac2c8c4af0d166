package io.omnicart.testkit.simulator;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When to answer with a {@link Fault}: how many times, and for which requests. By default a rule matches any resource
 * request and skips the platform's authentication calls (login, token refresh), so that "the next call fails" means
 * the next business call even when the adapter has to log in first.
 *
 * @param times how many matching requests get the fault (at least 1)
 * @param method HTTP method to match, or null for any
 * @param pathPrefix path prefix to match (e.g. {@code /admin/orders}), or null for any
 * @param includeAuth whether authentication calls may match too
 */
public record FaultRule(
        Fault fault,
        int times,
        @Nullable String method,
        @Nullable String pathPrefix,
        boolean includeAuth) {

    public FaultRule {
        Objects.requireNonNull(fault, "fault");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        method = method == null ? null : method.toUpperCase(Locale.ROOT);
    }

    /** {@code fault} once, on the next resource request. */
    public static FaultRule once(Fault fault) {
        return new FaultRule(fault, 1, null, null, false);
    }

    public FaultRule times(int count) {
        return new FaultRule(fault, count, method, pathPrefix, includeAuth);
    }

    public FaultRule onMethod(String httpMethod) {
        return new FaultRule(fault, times, httpMethod, pathPrefix, includeAuth);
    }

    public FaultRule onPath(String prefix) {
        return new FaultRule(fault, times, method, prefix, includeAuth);
    }

    /** Lets authentication calls match as well, e.g. to fail the login itself. */
    public FaultRule includingAuth() {
        return new FaultRule(fault, times, method, pathPrefix, true);
    }

    /** Whether a request with this method and path, authentication call or not, is one this rule targets. */
    public boolean matches(String requestMethod, String path, boolean authCall) {
        return (includeAuth || !authCall)
                && (method == null || method.equalsIgnoreCase(requestMethod))
                && (pathPrefix == null || path.startsWith(pathPrefix));
    }
}
