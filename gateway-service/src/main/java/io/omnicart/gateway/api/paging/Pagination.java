package io.omnicart.gateway.api.paging;

import io.omnicart.core.model.PageRequest;
import io.omnicart.gateway.api.validation.Checks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Opens a list call: checks {@code limit}, ends validation, then unwraps the caller's cursor (400 {@code invalid_cursor}). */
@Component
public class Pagination {

    private final CursorCodec cursors;

    public Pagination(CursorCodec cursors) {
        this.cursors = cursors;
    }

    public Listing open(
            Checks checks, String accountId, ListScope scope, @Nullable String limit, @Nullable String cursor) {
        int size = checks.limit(limit);
        checks.throwIfInvalid();
        String token = cursor == null || cursor.isBlank() ? null : cursor.strip();
        String adapterCursor = token == null ? null : cursors.decode(accountId, scope.toString(), token);
        return new Listing(accountId, scope.toString(), new PageRequest(size, adapterCursor), cursors);
    }
}
