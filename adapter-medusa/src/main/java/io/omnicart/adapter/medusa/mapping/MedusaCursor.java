package io.omnicart.adapter.medusa.mapping;

import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.support.paging.OffsetCursor;
import org.jspecify.annotations.Nullable;

/**
 * The adapter's list cursor: Medusa pages by offset (reference §3.1), so a cursor is the offset of the next upstream row
 * to read, as base64url of {@code o:<offset>}. For post-filtered lists it points past the last row examined, so a
 * filtered page never skips or repeats a match. The gateway signs and wraps it.
 */
public final class MedusaCursor {

    private MedusaCursor() {}

    public static String encode(long offset) {
        return OffsetCursor.encode(offset);
    }

    /** The offset a cursor stands for; 0 for none; {@code invalid_cursor} when it is not one of ours. */
    public static long decode(@Nullable String cursor) {
        return OffsetCursor.decode(cursor).orElseThrow(MedusaErrorTranslator::invalidCursor);
    }
}
