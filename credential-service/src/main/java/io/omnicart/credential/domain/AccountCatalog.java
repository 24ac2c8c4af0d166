package io.omnicart.credential.domain;

import io.omnicart.core.error.CredentialsUnreadable;
import io.omnicart.core.model.Account;
import io.omnicart.core.model.AccountStatus;
import io.omnicart.core.port.AccountDirectory;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.port.AccountStatusRecorder;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.credential.crypto.CredentialSealer;
import io.omnicart.credential.crypto.TinkSecretCipher;
import io.omnicart.credential.persistence.AccountRepository;
import io.omnicart.credential.persistence.AccountRow;
import io.omnicart.credential.persistence.StatusChange;
import java.net.URI;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The stored accounts, read by workspace: the API view ({@link AccountDirectory}, always read from the database), the
 * decrypted connection for adapters ({@link AccountResolver}, served from the {@link ConnectionCache} once resolved) and
 * the status the gateway learns while serving ({@link AccountStatusRecorder}). The built-in demo account is not here;
 * the gateway's composite directory adds it.
 */
public final class AccountCatalog implements AccountDirectory, AccountResolver, AccountStatusRecorder {

    private final AccountRepository repository;
    private final CredentialSealer sealer;
    private final ConnectionCache connections;
    private final UnreadableCredentials unreadable;

    public AccountCatalog(AccountRepository repository, CredentialSealer sealer, ConnectionCache connections) {
        this.repository = repository;
        this.sealer = sealer;
        this.connections = connections;
        this.unreadable = new UnreadableCredentials(repository);
    }

    @Override
    public Flux<Account> list(String workspaceId) {
        return repository.findAll(workspaceId).map(AccountRecords::toAccount);
    }

    @Override
    public Mono<Account> get(String workspaceId, String accountId) {
        return row(workspaceId, accountId).map(AccountRecords::toAccount);
    }

    /** From the cache when this instance resolved the account lately, else read, decrypted and cached. */
    @Override
    public Mono<StoreConnection> resolve(String workspaceId, String accountId) {
        return Mono.defer(() -> {
            ConnectionCache.Cached cached = connections.get(workspaceId, accountId);
            return cached != null ? Mono.just(cached.connection()) : load(workspaceId, accountId);
        });
    }

    /**
     * Marks the account failing and forgets its cached connection, so the next call reads the row again. When this
     * instance served the failing call from its cache, the mark is only written if the row is still the version that
     * connection came from: a failure seen with credentials another instance has replaced meanwhile is no failure of
     * the account.
     */
    @Override
    public Mono<Void> recordFailure(String workspaceId, String accountId, String reason) {
        return Mono.defer(() -> {
                    ConnectionCache.Cached cached = connections.get(workspaceId, accountId);
                    StatusChange change = new StatusChange(
                            workspaceId,
                            accountId,
                            AccountStatus.FAILING.wire(),
                            reason,
                            null,
                            null,
                            false,
                            cached == null ? null : cached.version());
                    return connections.forget(workspaceId, accountId).then(repository.updateStatus(change));
                })
                .then();
    }

    @Override
    public Mono<Void> recordSuccess(String workspaceId, String accountId) {
        String connected = AccountStatus.CONNECTED.wire();
        return repository
                .updateStatus(new StatusChange(workspaceId, accountId, connected, null, null, null, true, null))
                .flatMap(changed -> changed > 0 ? connections.forget(workspaceId, accountId) : Mono.empty());
    }

    /** The cache this catalog fills; every write to an account forgets the account in it. */
    ConnectionCache connections() {
        return connections;
    }

    Mono<AccountRow> row(String workspaceId, String accountId) {
        return repository
                .find(workspaceId, accountId)
                .switchIfEmpty(Mono.error(() -> AccountRecords.notFound(accountId)));
    }

    private Mono<StoreConnection> load(String workspaceId, String accountId) {
        long generation = connections.generation();
        return row(workspaceId, accountId).flatMap(this::open).map(connection -> {
            ConnectionCache.Cached loaded = new ConnectionCache.Cached(connection, connection.credentialsVersion());
            connections.put(workspaceId, accountId, loaded, generation);
            return connection;
        });
    }

    /**
     * The row's decrypted connection; when no key of the keyset opens its credentials, {@link CredentialsUnreadable}
     * (503 {@code credentials_unreadable}), reported once and recorded on the account.
     */
    Mono<StoreConnection> open(AccountRow row) {
        return Mono.fromCallable(() -> connection(row))
                .onErrorResume(CredentialsUnreadable.class, error -> unreadable.report(row, error));
    }

    private StoreConnection connection(AccountRow row) {
        try {
            return new StoreConnection(
                    row.id(),
                    row.workspaceId(),
                    AccountRecords.platform(row),
                    URI.create(row.baseUrl()),
                    sealer.open(row.workspaceId(), row.id(), row.credentials()),
                    row.version());
        } catch (TinkSecretCipher.UndecryptableException e) {
            throw new CredentialsUnreadable(row.id(), row.keyId());
        }
    }
}
