package io.omnicart.gateway.api.paging;

import io.omnicart.core.model.Capability;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.routing.StoreCalls;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one path of every list endpoint: open the page (limit checked, validation ended, cursor unwrapped — before any
 * store is called), read it from the store, and wrap its next cursor for the account and scope.
 */
@Component
public class PagedReads {

    private final StoreCalls calls;
    private final Pagination pagination;

    public PagedReads(StoreCalls calls, Pagination pagination) {
        this.calls = calls;
        this.pagination = pagination;
    }

    /** {@code checks} hold the endpoint's own parameter checks; {@code scope} is what the cursor is bound to. */
    public <T> Mono<PageResponse<T>> read(
            ListRequest request, Checks checks, ListScope scope, Capability capability, PageCall<T> call) {
        Listing listing = pagination.open(checks, request.accountId(), scope, request.limit(), request.cursor());
        return calls.read(
                        request.caller(),
                        request.accountId(),
                        capability,
                        (adapter, store) -> call.call(adapter, store, listing.page()))
                .map(listing::respond);
    }
}
