package io.omnicart.adapter.support.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A list cursor for upstreams that page by offset: the offset of the next upstream row to read, as base64url of
 * {@code o:<offset>}. The gateway signs and wraps it; the adapter turns an unreadable one into its {@code
 * invalid_cursor} error.
 */
public final class OffsetCursor {

    private static final String PREFIX = "o:";

    private OffsetCursor() {}

    public static String encode(long offset) {
        byte[] bytes = (PREFIX + offset).getBytes(StandardCharsets.US_ASCII);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The offset a cursor stands for; 0 for none; empty when it is not one of ours. */
    public static OptionalLong decode(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return OptionalLong.of(0);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            long offset = decoded.startsWith(PREFIX) ? Long.parseLong(decoded.substring(PREFIX.length())) : -1;
            return offset >= 0 ? OptionalLong.of(offset) : OptionalLong.empty();
        } catch (IllegalArgumentException malformed) {
            return OptionalLong.empty(); // not base64url or not a number: an invalid cursor either way
        }
    }
}
