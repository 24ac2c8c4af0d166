package io.omnicart.core.spi;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One raw passthrough request as the adapter sees it when it authenticates it: the method, the path below the
 * account's base URL (starting with {@code /}), the caller's encoded query without a leading {@code ?} and the
 * bounded, fully read body (empty for GET and HEAD). The gateway has already stripped the caller's own credentials.
 */
public record RawRequest(
        String method, String path, @Nullable String rawQuery, byte[] body) {

    public RawRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawRequest that
                && method.equals(that.method)
                && path.equals(that.path)
                && Objects.equals(rawQuery, that.rawQuery)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, rawQuery, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "RawRequest[" + method + " " + path + ", " + body.length + " body bytes]";
    }
}
