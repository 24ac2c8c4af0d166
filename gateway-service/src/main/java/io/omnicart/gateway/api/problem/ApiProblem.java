package io.omnicart.gateway.api.problem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem before it is rendered: status, stable {@code code}, a short title, a detail for people, extra
 * members ({@code reason}, {@code platform}, {@code errors}, …) and an optional {@code Retry-After}.
 */
public record ApiProblem(
        HttpStatus status,
        String code,
        String title,
        String detail,
        Map<String, Object> extras,
        @Nullable Duration retryAfter) {

    public ApiProblem {
        extras = Map.copyOf(extras);
    }

    public static ApiProblem of(HttpStatus status, String code, String title, String detail) {
        return new ApiProblem(status, code, title, detail, Map.of(), null);
    }

    public ApiProblem with(String member, @Nullable Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> more = new LinkedHashMap<>(extras);
        more.put(member, value);
        return new ApiProblem(status, code, title, detail, more, retryAfter);
    }

    public ApiProblem retryAfter(@Nullable Duration after) {
        if (after == null) {
            return this;
        }
        long seconds = Math.max(1, (after.toMillis() + 999) / 1000);
        return new ApiProblem(status, code, title, detail, extras, after).with("retryAfterSeconds", seconds);
    }

    /** Whole seconds for the {@code Retry-After} header, rounded up, at least 1. */
    public @Nullable Long retryAfterSeconds() {
        return retryAfter == null ? null : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
