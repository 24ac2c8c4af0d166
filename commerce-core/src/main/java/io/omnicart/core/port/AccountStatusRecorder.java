package io.omnicart.core.port;

import reactor.core.publisher.Mono;

/**
 * Records what the gateway learns about an account while serving it, so {@code GET /v1/accounts} shows it: a store
 * that rejects the credentials after a fresh login makes the account {@code failing}; a later success clears it.
 */
public interface AccountStatusRecorder {

    /** Mark the account failing for {@code reason} (e.g. {@code auth_rejected}); unknown accounts are ignored. */
    Mono<Void> recordFailure(String workspaceId, String accountId, String reason);

    /** Mark the account connected again if it was failing; unknown accounts are ignored. */
    Mono<Void> recordSuccess(String workspaceId, String accountId);
}
