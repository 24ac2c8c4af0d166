package io.omnicart.gateway.api.paging;

import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;

/** One validated list request: the page to ask the adapter for, and how to sign the cursor of the page it returns. */
public final class Listing {

    private final String accountId;
    private final String scope;
    private final PageRequest page;
    private final CursorCodec cursors;

    Listing(String accountId, String scope, PageRequest page, CursorCodec cursors) {
        this.accountId = accountId;
        this.scope = scope;
        this.page = page;
        this.cursors = cursors;
    }

    /** The page request with the adapter's own cursor. */
    public PageRequest page() {
        return page;
    }

    /** The wire page, its next cursor wrapped for this account and scope. */
    public <T> PageResponse<T> respond(Page<T> result) {
        String next = result.nextCursor() == null ? null : cursors.encode(accountId, scope, result.nextCursor());
        return new PageResponse<>(result.data(), new PageInfo(next, result.limit(), result.total()));
    }
}
