package io.omnicart.credential.domain;

import io.omnicart.core.model.Account;
import io.omnicart.core.model.AccountStatus;
import io.omnicart.core.port.AccountDirectory;
import io.omnicart.core.port.AccountResolver;
import io.omnicart.core.port.AccountStatusRecorder;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.credential.crypto.CredentialSealer;
import io.omnicart.credential.persistence.AccountRepository;
import io.omnicart.credential.persistence.AccountRow;
import io.omnicart.credential.persistence.StatusChange;
import java.net.URI;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The stored accounts, read by workspace: the API view ({@link AccountDirectory}), the decrypted connection for
 * adapters ({@link AccountResolver}) and the status the gateway learns while serving ({@link AccountStatusRecorder}).
 * The built-in demo account is not here; the gateway's composite directory adds it.
 */
public final class AccountCatalog implements AccountDirectory, AccountResolver, AccountStatusRecorder {

    private final AccountRepository repository;
    private final CredentialSealer sealer;

    public AccountCatalog(AccountRepository repository, CredentialSealer sealer) {
        this.repository = repository;
        this.sealer = sealer;
    }

    @Override
    public Flux<Account> list(String workspaceId) {
        return repository.findAll(workspaceId).map(AccountRecords::toAccount);
    }

    @Override
    public Mono<Account> get(String workspaceId, String accountId) {
        return row(workspaceId, accountId).map(AccountRecords::toAccount);
    }

    @Override
    public Mono<StoreConnection> resolve(String workspaceId, String accountId) {
        return row(workspaceId, accountId).map(this::connection);
    }

    @Override
    public Mono<Void> recordFailure(String workspaceId, String accountId, String reason) {
        String failing = AccountStatus.FAILING.wire();
        return repository
                .updateStatus(new StatusChange(workspaceId, accountId, failing, reason, null, null, false))
                .then();
    }

    @Override
    public Mono<Void> recordSuccess(String workspaceId, String accountId) {
        String connected = AccountStatus.CONNECTED.wire();
        return repository
                .updateStatus(new StatusChange(workspaceId, accountId, connected, null, null, null, true))
                .then();
    }

    Mono<AccountRow> row(String workspaceId, String accountId) {
        return repository
                .find(workspaceId, accountId)
                .switchIfEmpty(Mono.error(() -> AccountRecords.notFound(accountId)));
    }

    StoreConnection connection(AccountRow row) {
        return new StoreConnection(
                row.id(),
                row.workspaceId(),
                AccountRecords.platform(row),
                URI.create(row.baseUrl()),
                sealer.open(row.workspaceId(), row.id(), row.credentials()));
    }
}
