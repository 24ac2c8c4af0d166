package io.omnicart.adapter.omnium.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.omnicart.adapter.omnium.error.OmniumErrorTranslator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapter's list cursor, base64url of a small JSON object (the gateway signs and wraps it). Three kinds:
 *
 * <ul>
 *   <li>{@code offset}: the next row of a search, read with {@code take}/{@code page} inside Omnium's window of
 *       10,000 rows (reference §2);
 *   <li>{@code seek}: the last row before the window ends — its sort value ({@code boundary}) and the ids sharing it
 *       that were already served ({@code seen}); the next page starts a scroll at that point;
 *   <li>{@code scroll}: a running scroll ({@code scrollId}), its batch size, the rows still to come ({@code
 *       remaining}) and the list's total, since scrolls are read forward only (§5.9).
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OmniumCursor(
        String kind,
        @Nullable Long offset,
        @Nullable String boundary,
        @Nullable List<String> seen,
        @Nullable String scrollId,
        @Nullable Integer batch,
        @Nullable Long remaining,
        @Nullable Long total) {

    public static final String OFFSET = "offset";
    public static final String SEEK = "seek";
    public static final String SCROLL = "scroll";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static OmniumCursor offset(long offset) {
        return new OmniumCursor(OFFSET, offset, null, null, null, null, null, null);
    }

    public static OmniumCursor seek(String boundary, List<String> seen, long total) {
        return new OmniumCursor(SEEK, null, boundary, List.copyOf(seen), null, null, null, total);
    }

    public static OmniumCursor scroll(String scrollId, int batch, long remaining, long total) {
        return new OmniumCursor(SCROLL, null, null, null, scrollId, batch, remaining, total);
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
    }

    /** The cursor a page was asked with; offset 0 for none; {@code invalid_cursor} when it is not one of ours. */
    public static OmniumCursor decode(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return offset(0);
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(cursor.strip());
            OmniumCursor decoded = JSON.readValue(new String(json, StandardCharsets.UTF_8), OmniumCursor.class);
            if (decoded.isValid()) {
                return decoded;
            }
        } catch (IllegalArgumentException | JacksonException malformed) {
            // not base64url or not our JSON: an invalid cursor either way
        }
        throw OmniumErrorTranslator.invalidCursor();
    }

    private boolean isValid() {
        return switch (kind == null ? "" : kind) {
            case OFFSET -> offset != null && offset >= 0;
            case SEEK -> boundary != null && seen != null && total != null;
            case SCROLL ->
                scrollId != null
                        && !scrollId.isBlank()
                        && batch != null
                        && batch > 0
                        && remaining != null
                        && total != null;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return "OmniumCursor[" + kind + "]";
    }
}
