package io.omnicart.adapter.demo.query;

import io.omnicart.adapter.demo.DemoErrorTranslator;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Offset paging over an in-memory list. The cursor is this adapter's own opaque token, base64url of {@code o:<offset>};
 * the gateway signs and wraps it. A cursor that does not decode, or points past the matches, is {@code invalid_cursor}.
 */
public final class DemoPaging {

    private static final String PREFIX = "o:";

    private DemoPaging() {}

    /** One page of {@code matches}: {@code total} is their count, {@code nextCursor} null on the last page. */
    public static <T> Page<T> page(List<T> matches, PageRequest request) {
        int from = offset(request.cursor(), matches.size());
        int to = Math.min(from + request.limit(), matches.size());
        String next = to < matches.size() ? cursor(to) : null;
        return new Page<>(matches.subList(from, to), next, request.limit(), (long) matches.size());
    }

    static String cursor(int offset) {
        byte[] bytes = (PREFIX + offset).getBytes(StandardCharsets.US_ASCII);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static int offset(@Nullable String cursor, int size) {
        if (cursor == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            int offset = decoded.startsWith(PREFIX) ? Integer.parseInt(decoded.substring(PREFIX.length())) : -1;
            if (offset >= 0 && offset <= size) {
                return offset;
            }
        } catch (IllegalArgumentException malformed) {
            // not base64url, or not a number: both are an invalid cursor
        }
        throw DemoErrorTranslator.invalidCursor();
    }
}
