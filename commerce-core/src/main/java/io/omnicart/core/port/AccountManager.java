package io.omnicart.core.port;

import io.omnicart.core.model.Account;
import reactor.core.publisher.Mono;

/**
 * Connects, changes, re-checks and removes the stored store accounts of a workspace. Every call is keyed by the
 * caller's workspace: an account of another workspace fails exactly like an unknown one, with {@code
 * NotFound("account", id)}. Secrets go in through the commands and never come back out.
 */
public interface AccountManager {

    /**
     * Validate the command ({@code InvalidRequest}), check the base URL ({@code ConnectionFailed} with reason {@code
     * base_url_invalid} or {@code base_url_forbidden}), verify with the platform's adapter ({@code ConnectionFailed}
     * with reason {@code auth_rejected}, {@code unreachable}, {@code not_<platform>}, …), then store the account with
     * its credentials encrypted. Nothing is stored when any step fails.
     */
    Mono<Account> connect(String workspaceId, ConnectAccountCommand command);

    /**
     * Change the label and/or the base URL and credentials; a new base URL or new credentials are checked and verified
     * again before anything is stored. A concurrent change of the same account fails with {@code
     * ConcurrentModification} rather than being overwritten.
     */
    Mono<Account> update(String workspaceId, String accountId, UpdateAccountCommand command);

    /** Delete the account with its credentials and forget its cached tokens; completes empty. Not idempotent: a second call is {@code NotFound}. */
    Mono<Void> remove(String workspaceId, String accountId);

    /**
     * Check the stored connection now and record the outcome ({@code status}, {@code lastVerifiedAt}). Returns the
     * account when the store accepted it; when it did not, the account is recorded {@code failing} and the call fails
     * with the {@code ConnectionFailed} that says why.
     */
    Mono<Account> verify(String workspaceId, String accountId);
}
