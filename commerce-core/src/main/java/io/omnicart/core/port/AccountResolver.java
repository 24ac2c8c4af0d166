package io.omnicart.core.port;

import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/** Finds the connection of an account, always together with the caller's workspace. */
public interface AccountResolver {

    /**
     * The decrypted connection of {@code accountId} in {@code workspaceId}. An unknown id and another workspace's id
     * both fail with the same {@code NotFound("account", id)}.
     */
    Mono<StoreConnection> resolve(String workspaceId, String accountId);
}
