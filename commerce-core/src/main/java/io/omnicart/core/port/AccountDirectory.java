package io.omnicart.core.port;

import io.omnicart.core.model.Account;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The accounts of a workspace as the API shows them (never a secret). */
public interface AccountDirectory {

    /** The workspace's accounts, the built-in demo account included. */
    Flux<Account> list(String workspaceId);

    /** One account; {@code NotFound("account", id)} when unknown or another workspace's. */
    Mono<Account> get(String workspaceId, String accountId);
}
