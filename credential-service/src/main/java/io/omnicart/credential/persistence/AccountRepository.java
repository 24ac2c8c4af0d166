package io.omnicart.credential.persistence;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for {@code store_account}. Every statement that reads or changes one account names its workspace too, so a
 * caller can never reach another workspace's row. Created only after the schema migration ran.
 */
public class AccountRepository {

    private static final String COLUMNS = "id, workspace_id, platform, label, base_url, auth_method, credentials,"
            + " key_id, status, status_reason, store_name, last_verified_at, created_at, updated_at, row_version";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM store_account ";

    private final DatabaseClient db;

    public AccountRepository(DatabaseClient db, SchemaMigration migratedSchema) {
        this.db = db;
    }

    public Flux<AccountRow> findAll(String workspaceId) {
        return db.sql(SELECT + "WHERE workspace_id = :ws ORDER BY created_at, id")
                .bind("ws", workspaceId)
                .map(AccountRepository::read)
                .all();
    }

    public Mono<AccountRow> find(String workspaceId, String accountId) {
        return db.sql(SELECT + "WHERE workspace_id = :ws AND id = :id")
                .bind("ws", workspaceId)
                .bind("id", accountId)
                .map(AccountRepository::read)
                .one();
    }

    public Mono<AccountRow> insert(AccountRow row) {
        return bindAll(
                        db.sql("INSERT INTO store_account (" + COLUMNS + ") VALUES (:id, :ws, :platform, :label,"
                                + " :baseUrl, :authMethod, :credentials, :keyId, :status, :statusReason, :storeName,"
                                + " :lastVerifiedAt, :createdAt, :updatedAt, :version)"),
                        row)
                .then()
                .thenReturn(row);
    }

    /** Replaces the row if it still has {@code expectedVersion}; emits whether it did. */
    public Mono<Boolean> update(AccountRow row, long expectedVersion) {
        return bindAll(
                        db.sql("UPDATE store_account SET platform = :platform, label = :label, base_url = :baseUrl,"
                                + " auth_method = :authMethod, credentials = :credentials, key_id = :keyId,"
                                + " status = :status, status_reason = :statusReason, store_name = :storeName,"
                                + " last_verified_at = :lastVerifiedAt, created_at = :createdAt,"
                                + " updated_at = :updatedAt, row_version = :version"
                                + " WHERE workspace_id = :ws AND id = :id AND row_version = :expected"),
                        row)
                .bind("expected", expectedVersion)
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    /** Records a verification outcome without counting as an edit (no version bump). */
    public Mono<Long> updateStatus(StatusChange change) {
        GenericExecuteSpec spec = db.sql("UPDATE store_account SET status = :status, status_reason = :reason,"
                        + " store_name = COALESCE(:storeName, store_name),"
                        + " last_verified_at = COALESCE(:verifiedAt, last_verified_at)"
                        + " WHERE workspace_id = :ws AND id = :id"
                        + (change.onlyIfFailing() ? " AND status = 'failing'" : "")
                        + (change.onlyAtVersion() != null ? " AND row_version = :version" : ""))
                .bind("status", change.status())
                .bind("ws", change.workspaceId())
                .bind("id", change.accountId());
        if (change.onlyAtVersion() != null) {
            spec = spec.bind("version", change.onlyAtVersion());
        }
        spec = nullable(spec, "reason", change.reason(), String.class);
        spec = nullable(spec, "storeName", change.storeName(), String.class);
        return nullable(spec, "verifiedAt", change.verifiedAt(), OffsetDateTime.class)
                .fetch()
                .rowsUpdated();
    }

    public Mono<Long> delete(String workspaceId, String accountId) {
        return db.sql("DELETE FROM store_account WHERE workspace_id = :ws AND id = :id")
                .bind("ws", workspaceId)
                .bind("id", accountId)
                .fetch()
                .rowsUpdated();
    }

    /** Every row whose credentials were not encrypted with {@code keyId}. */
    public Flux<AccountRow> findNotUnderKey(long keyId) {
        return db.sql(SELECT + "WHERE key_id <> :keyId ORDER BY id")
                .bind("keyId", keyId)
                .map(AccountRepository::read)
                .all();
    }

    public Mono<Long> countNotUnderKey(long keyId) {
        return db.sql("SELECT COUNT(*) AS n FROM store_account WHERE key_id <> :keyId")
                .bind("keyId", keyId)
                .map(row -> row.get("n", Long.class))
                .one();
    }

    /** Swaps the ciphertext of an unchanged row (same version, same old key); emits whether it did. */
    public Mono<Boolean> replaceCiphertext(AccountRow row, byte[] ciphertext, long keyId) {
        return db.sql("UPDATE store_account SET credentials = :credentials, key_id = :keyId"
                        + " WHERE id = :id AND workspace_id = :ws AND row_version = :version AND key_id = :oldKeyId")
                .bind("credentials", ciphertext)
                .bind("keyId", keyId)
                .bind("id", row.id())
                .bind("ws", row.workspaceId())
                .bind("version", row.version())
                .bind("oldKeyId", row.keyId())
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    private static GenericExecuteSpec bindAll(GenericExecuteSpec spec, AccountRow row) {
        GenericExecuteSpec bound = spec.bind("id", row.id())
                .bind("ws", row.workspaceId())
                .bind("platform", row.platform())
                .bind("label", row.label())
                .bind("baseUrl", row.baseUrl())
                .bind("authMethod", row.authMethod())
                .bind("credentials", row.credentials())
                .bind("keyId", row.keyId())
                .bind("status", row.status())
                .bind("createdAt", row.createdAt())
                .bind("updatedAt", row.updatedAt())
                .bind("version", row.version());
        bound = nullable(bound, "statusReason", row.statusReason(), String.class);
        bound = nullable(bound, "storeName", row.storeName(), String.class);
        return nullable(bound, "lastVerifiedAt", row.lastVerifiedAt(), OffsetDateTime.class);
    }

    private static <T> GenericExecuteSpec nullable(
            GenericExecuteSpec spec, String name, @Nullable T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private static AccountRow read(Readable row) {
        return new AccountRow(
                row.get("id", String.class),
                row.get("workspace_id", String.class),
                row.get("platform", String.class),
                row.get("label", String.class),
                row.get("base_url", String.class),
                row.get("auth_method", String.class),
                row.get("credentials", byte[].class),
                row.get("key_id", Long.class),
                row.get("status", String.class),
                row.get("status_reason", String.class),
                row.get("store_name", String.class),
                row.get("last_verified_at", OffsetDateTime.class),
                row.get("created_at", OffsetDateTime.class),
                row.get("updated_at", OffsetDateTime.class),
                row.get("row_version", Long.class));
    }
}
