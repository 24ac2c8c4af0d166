package io.omnicart.adapter.opencart.mapping;

import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The adapter's list cursor: the bridge pages by offset, so a cursor is the offset of the next bridge row to read, as
 * base64url of {@code o:<offset>}. For lists the adapter filters itself (searches) it points past the last row
 * examined, so a page never skips or repeats a match. The gateway signs and wraps it.
 */
public final class OpenCartCursor {

    private static final String PREFIX = "o:";

    private OpenCartCursor() {}

    public static String encode(long offset) {
        byte[] bytes = (PREFIX + offset).getBytes(StandardCharsets.US_ASCII);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The offset a cursor stands for; 0 for none; {@code invalid_cursor} when it is not one of ours. */
    public static long decode(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            long offset = decoded.startsWith(PREFIX) ? Long.parseLong(decoded.substring(PREFIX.length())) : -1;
            if (offset >= 0) {
                return offset;
            }
        } catch (IllegalArgumentException malformed) {
            // not base64url or not a number: an invalid cursor either way
        }
        throw OpenCartErrorTranslator.invalidCursor();
    }
}
