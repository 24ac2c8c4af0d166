package io.omnicart.credential.domain;

import io.omnicart.core.error.ConcurrentModification;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.model.Account;
import io.omnicart.core.model.AccountStatus;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.port.AccountManager;
import io.omnicart.core.port.ConnectAccountCommand;
import io.omnicart.core.port.UpdateAccountCommand;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.credential.crypto.CredentialSealer;
import io.omnicart.credential.persistence.AccountRepository;
import io.omnicart.credential.persistence.AccountRow;
import io.omnicart.credential.persistence.StatusChange;
import io.omnicart.credential.policy.BaseUrlPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Connect, update, verify and remove, each in the caller's workspace. Order matters: validate, check the base URL,
 * verify with the store, and only then write — so a failure at any step stores nothing. Updates write only over the
 * version they read (optimistic locking); the loser of a race gets {@code ConcurrentModification}. Every write forgets
 * the account's cached connection on this instance before it answers (other instances follow within the cache TTL).
 */
public final class StoreAccountManager implements AccountManager {

    private final AccountCatalog catalog;
    private final AccountRepository repository;
    private final CredentialSealer sealer;
    private final BaseUrlPolicy baseUrls;
    private final ConnectionVerifier verifier;
    private final TokenEviction tokens;
    private final Clock clock;

    public StoreAccountManager(
            AccountCatalog catalog,
            AccountRepository repository,
            CredentialSealer sealer,
            BaseUrlPolicy baseUrls,
            ConnectionVerifier verifier,
            TokenEviction tokens,
            Clock clock) {
        this.catalog = catalog;
        this.repository = repository;
        this.sealer = sealer;
        this.baseUrls = baseUrls;
        this.verifier = verifier;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Mono<Account> connect(String workspaceId, ConnectAccountCommand command) {
        Platform platform = command.platform();
        return Mono.fromRunnable(() -> AccountRules.checkConnect(command))
                .then(baseUrls.check(command.baseUrl(), platform))
                .flatMap(url -> verifier.verify(workspaceId, platform, url, command.credentials())
                        .map(store -> newRow(workspaceId, command, url, store)))
                .flatMap(repository::insert)
                .map(AccountRecords::toAccount);
    }

    @Override
    public Mono<Account> update(String workspaceId, String accountId, UpdateAccountCommand command) {
        return catalog.row(workspaceId, accountId)
                .flatMap(row -> changed(row, command).flatMap(next -> write(next, row.version())))
                .flatMap(row -> forget(row).thenReturn(row))
                .flatMap(row ->
                        command.changesConnection() ? tokens.evict(row.id()).thenReturn(row) : Mono.just(row))
                .map(AccountRecords::toAccount);
    }

    @Override
    public Mono<Void> remove(String workspaceId, String accountId) {
        return repository
                .delete(workspaceId, accountId)
                .flatMap(count -> count == 0 ? Mono.error(AccountRecords.notFound(accountId)) : Mono.just(count))
                .then(catalog.connections().forget(workspaceId, accountId))
                .then(tokens.evict(accountId));
    }

    @Override
    public Mono<Account> verify(String workspaceId, String accountId) {
        return catalog.row(workspaceId, accountId).flatMap(this::reverify).then(catalog.get(workspaceId, accountId));
    }

    private Mono<Void> reverify(AccountRow row) {
        return catalog.open(row).map(this::recheck).flatMap(check -> recorded(row, check));
    }

    /** Connected with the store's name, or failing with the reason of a failed check (which is then the answer). */
    private Mono<Void> recorded(AccountRow row, Mono<StoreInfo> check) {
        return check.flatMap(store -> record(row, AccountStatus.CONNECTED, null, store))
                .onErrorResume(
                        ConnectionFailed.class,
                        failed -> record(row, AccountStatus.FAILING, failed.reason(), null)
                                .then(Mono.error(failed)));
    }

    private Mono<StoreInfo> recheck(StoreConnection connection) {
        return baseUrls.check(connection.baseUrl().toString(), connection.platform())
                .flatMap(url -> verifier.verify(
                        connection.workspaceId(), connection.platform(), url, connection.credentials()));
    }

    private Mono<Void> record(
            AccountRow row, AccountStatus status, @Nullable String reason, @Nullable StoreInfo store) {
        String storeName = store == null ? null : StoreNames.storeName(store);
        return repository
                .updateStatus(new StatusChange(
                        row.workspaceId(), row.id(), status.wire(), reason, storeName, now(), false, null))
                .then(forget(row));
    }

    private Mono<Void> forget(AccountRow row) {
        return catalog.connections().forget(row.workspaceId(), row.id());
    }

    private Mono<AccountRow> changed(AccountRow row, UpdateAccountCommand command) {
        Platform platform = AccountRecords.platform(row);
        AccountRules.checkUpdate(platform, command);
        String label = command.label() == null ? row.label() : command.label().trim();
        if (!command.changesConnection()) {
            return Mono.just(copy(row, label, URI.create(row.baseUrl()), null, null));
        }
        Mono<Credentials> credentials = command.credentials() != null
                ? Mono.just(command.credentials())
                : catalog.open(row).map(StoreConnection::credentials);
        String baseUrl = command.baseUrl() != null ? command.baseUrl() : row.baseUrl();
        return credentials.flatMap(given -> reverified(row, label, baseUrl, given));
    }

    private Mono<AccountRow> reverified(AccountRow row, String label, String baseUrl, Credentials credentials) {
        Platform platform = AccountRecords.platform(row);
        return baseUrls.check(baseUrl, platform)
                .flatMap(url -> verifier.verify(row.workspaceId(), platform, url, credentials)
                        .map(store -> copy(row, label, url, credentials, store)));
    }

    private AccountRow copy(
            AccountRow row, String label, URI url, @Nullable Credentials credentials, @Nullable StoreInfo store) {
        CredentialSealer.Sealed encrypted = credentials == null
                ? new CredentialSealer.Sealed(row.credentials(), row.keyId())
                : sealer.seal(row.workspaceId(), row.id(), credentials);
        boolean verified = store != null;
        return new AccountRow(
                row.id(),
                row.workspaceId(),
                row.platform(),
                label,
                url.toString(),
                credentials == null ? row.authMethod() : credentials.method().wire(),
                encrypted.ciphertext(),
                encrypted.keyId(),
                verified ? AccountStatus.CONNECTED.wire() : row.status(),
                verified ? null : row.statusReason(),
                verified ? StoreNames.storeName(store) : row.storeName(),
                verified ? now() : row.lastVerifiedAt(),
                row.createdAt(),
                now(),
                row.version() + 1);
    }

    private Mono<AccountRow> write(AccountRow next, long expectedVersion) {
        return repository.update(next, expectedVersion).flatMap(done -> done ? Mono.just(next) : lost(next));
    }

    /** The row changed (or vanished) since it was read: a conflict, or not found when it is gone. */
    private Mono<AccountRow> lost(AccountRow next) {
        return catalog.row(next.workspaceId(), next.id())
                .flatMap(current -> Mono.error(new ConcurrentModification(
                        "Account '" + next.id() + "' was changed by another request; read it again and retry")));
    }

    private AccountRow newRow(String workspaceId, ConnectAccountCommand command, URI url, StoreInfo store) {
        String id = AccountIds.next();
        CredentialSealer.Sealed encrypted = sealer.seal(workspaceId, id, command.credentials());
        OffsetDateTime now = now();
        return new AccountRow(
                id,
                workspaceId,
                command.platform().wire(),
                StoreNames.label(command.label(), store, command.platform()),
                url.toString(),
                command.credentials().method().wire(),
                encrypted.ciphertext(),
                encrypted.keyId(),
                AccountStatus.CONNECTED.wire(),
                null,
                StoreNames.storeName(store),
                now,
                now,
                now,
                1);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
