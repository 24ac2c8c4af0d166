package io.omnicart.gateway.api.paging;

import org.jspecify.annotations.Nullable;

/** Paging facts of a list response; {@code nextCursor} is null on the last page, {@code total} when not counted. */
public record PageInfo(
        @Nullable String nextCursor, int limit, @Nullable Long total) {}
