package io.omnicart.gateway.passthrough;

import io.omnicart.core.error.NotFound;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Extra store accounts for the passthrough tests, contributed like any other {@link AccountResolver}: accounts whose
 * base URL no connect would accept (another path prefix, a forbidden address, a recording stand-in that is no Medusa).
 */
final class RecordingAccounts implements AccountResolver {

    private final Map<String, StoreConnection> accounts = new ConcurrentHashMap<>();

    /** A Medusa account with a secret key at {@code baseUrl}, in {@code workspaceId}; returns its id. */
    String add(String workspaceId, URI baseUrl, Credentials credentials) {
        String id = "acc_rec" + UUID.randomUUID().toString().replace("-", "").substring(0, 17);
        accounts.put(id, new StoreConnection(id, workspaceId, Platform.MEDUSA, baseUrl, credentials));
        return id;
    }

    @Override
    public Mono<StoreConnection> resolve(String workspaceId, String accountId) {
        StoreConnection store = accounts.get(accountId);
        return store != null && store.workspaceId().equals(workspaceId)
                ? Mono.just(store)
                : Mono.error(new NotFound("account", accountId));
    }
}
