package io.omnicart.adapter.opencart.mapping;

import io.omnicart.adapter.opencart.error.OpenCartErrorTranslator;
import io.omnicart.adapter.support.paging.OffsetCursor;
import org.jspecify.annotations.Nullable;

/**
 * The adapter's list cursor: the bridge pages by offset, so a cursor is the offset of the next bridge row to read, as
 * base64url of {@code o:<offset>}. For lists the adapter filters itself (searches) it points past the last row
 * examined, so a page never skips or repeats a match. The gateway signs and wraps it.
 */
public final class OpenCartCursor {

    private OpenCartCursor() {}

    public static String encode(long offset) {
        return OffsetCursor.encode(offset);
    }

    /** The offset a cursor stands for; 0 for none; {@code invalid_cursor} when it is not one of ours. */
    public static long decode(@Nullable String cursor) {
        return OffsetCursor.decode(cursor).orElseThrow(OpenCartErrorTranslator::invalidCursor);
    }
}
