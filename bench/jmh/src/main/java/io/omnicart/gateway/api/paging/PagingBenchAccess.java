package io.omnicart.gateway.api.paging;

import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;

/**
 * Benchmark access to the gateway's package-private {@link Listing}: a list response exactly as the controllers build
 * it (the adapter's cursor wrapped and signed by the {@link CursorCodec}). Lives in the gateway's package on the
 * benchmark classpath only.
 */
public final class PagingBenchAccess {

    private final CursorCodec cursors;

    public PagingBenchAccess(byte[] cursorKey) {
        this.cursors = new CursorCodec(cursorKey);
    }

    public <T> PageResponse<T> respond(String accountId, String scope, PageRequest request, Page<T> page) {
        return new Listing(accountId, scope, request, cursors).respond(page);
    }
}
