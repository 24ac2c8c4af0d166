package io.omnicart.gateway.api.paging;

import io.omnicart.gateway.security.Caller;
import org.jspecify.annotations.Nullable;

/** What every list endpoint receives the same way: who asks, for which account, and the raw paging parameters. */
public record ListRequest(
        Caller caller,
        String accountId,
        @Nullable String limit,
        @Nullable String cursor) {}
