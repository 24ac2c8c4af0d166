package io.omnicart.credential.persistence;

import io.omnicart.core.model.ChangeResource;
import io.omnicart.core.model.WireValue;
import io.omnicart.core.port.AccountKey;
import io.omnicart.core.port.ChangeFeedState;
import io.omnicart.core.port.SeenVersion;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The change feed's watermarks and last-seen versions ({@code feed_watermark}, {@code feed_seen}). Writes update the
 * row and insert it when there was none: one poller per account (the feed's lease) makes that race-free and keeps
 * the SQL the same on PostgreSQL and H2.
 */
public class ChangeFeedRepository implements ChangeFeedState {

    private final DatabaseClient db;

    public ChangeFeedRepository(DatabaseClient db, SchemaMigration migratedSchema) {
        this.db = db;
    }

    @Override
    public Mono<Instant> watermark(AccountKey account, ChangeResource resource) {
        return db.sql("SELECT watermark_ms FROM feed_watermark WHERE workspace_id = :ws AND account_id = :acc"
                        + " AND resource = :res")
                .bind("ws", account.workspaceId())
                .bind("acc", account.accountId())
                .bind("res", resource.wire())
                .map(row -> Instant.ofEpochMilli(row.get("watermark_ms", Long.class)))
                .one();
    }

    @Override
    public Mono<Void> saveWatermark(AccountKey account, ChangeResource resource, Instant watermark) {
        String where = " WHERE workspace_id = :ws AND account_id = :acc AND resource = :res";
        return upsert(
                db.sql("UPDATE feed_watermark SET watermark_ms = :ms" + where),
                db.sql("INSERT INTO feed_watermark (workspace_id, account_id, resource, watermark_ms)"
                        + " VALUES (:ws, :acc, :res, :ms)"),
                Map.of(
                        "ws", account.workspaceId(),
                        "acc", account.accountId(),
                        "res", resource.wire(),
                        "ms", watermark.toEpochMilli()));
    }

    @Override
    public Mono<SeenVersion> seen(AccountKey account, String resourceId) {
        return db.sql("SELECT resource, version, facts FROM feed_seen WHERE workspace_id = :ws AND account_id = :acc"
                        + " AND resource_id = :id")
                .bind("ws", account.workspaceId())
                .bind("acc", account.accountId())
                .bind("id", resourceId)
                .map(row -> new SeenVersion(
                        WireValue.parse(ChangeResource.class, row.get("resource", String.class)),
                        row.get("version", String.class),
                        decode(row.get("facts", String.class))))
                .one();
    }

    @Override
    public Mono<Void> saveSeen(AccountKey account, String resourceId, SeenVersion seen) {
        return upsert(
                db.sql("UPDATE feed_seen SET resource = :res, version = :version, facts = :facts"
                        + " WHERE workspace_id = :ws AND account_id = :acc AND resource_id = :id"),
                db.sql("INSERT INTO feed_seen (workspace_id, account_id, resource_id, resource, version, facts)"
                        + " VALUES (:ws, :acc, :id, :res, :version, :facts)"),
                Map.of(
                        "ws", account.workspaceId(),
                        "acc", account.accountId(),
                        "id", resourceId,
                        "res", seen.resource().wire(),
                        "version", seen.version(),
                        "facts", encode(seen.facts())));
    }

    @Override
    public Flux<AccountKey> accounts() {
        return db.sql("SELECT workspace_id, id FROM store_account ORDER BY workspace_id, id")
                .map(row -> new AccountKey(row.get("workspace_id", String.class), row.get("id", String.class)))
                .all();
    }

    private static Mono<Void> upsert(
            DatabaseClient.GenericExecuteSpec update, DatabaseClient.GenericExecuteSpec insert, Map<String, ?> values) {
        return bind(update, values)
                .fetch()
                .rowsUpdated()
                .flatMap(rows -> rows > 0 ? Mono.empty() : bind(insert, values).then());
    }

    private static DatabaseClient.GenericExecuteSpec bind(
            DatabaseClient.GenericExecuteSpec spec, Map<String, ?> values) {
        DatabaseClient.GenericExecuteSpec bound = spec;
        for (Map.Entry<String, ?> value : values.entrySet()) {
            bound = bound.bind(value.getKey(), value.getValue());
        }
        return bound;
    }

    /** {@code key=value} lines, each part URL-encoded. */
    static String encode(Map<String, String> facts) {
        StringJoiner lines = new StringJoiner("\n");
        facts.forEach((key, value) -> lines.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return lines.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                facts.put(
                        URLDecoder.decode(line.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(line.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return facts;
    }
}
