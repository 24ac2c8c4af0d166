package io.omnicart.credential.persistence;

import io.omnicart.core.error.NotFound;
import io.omnicart.core.port.SecretCipher;
import io.omnicart.core.port.Webhook;
import io.omnicart.core.port.WebhookFailure;
import io.omnicart.core.port.WebhookRegistry;
import io.omnicart.core.spi.Secret;
import io.omnicart.credential.policy.BaseUrlPolicy;
import io.r2dbc.spi.Readable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Webhooks in {@code webhook} (signing secret encrypted with the credential cipher, bound to workspace and id) and their
 * dead letters in {@code webhook_failure}. Every statement names the workspace, so no caller reaches another's rows.
 */
public class WebhookRepository implements WebhookRegistry {

    private static final String COLUMNS = "id, workspace_id, url, types, secret, created_at";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseClient db;
    private final SecretCipher cipher;
    private final BaseUrlPolicy urls;
    private final Clock clock;

    public WebhookRepository(
            DatabaseClient db, SecretCipher cipher, BaseUrlPolicy urls, Clock clock, SchemaMigration migratedSchema) {
        this.db = db;
        this.cipher = cipher;
        this.urls = urls;
        this.clock = clock;
    }

    @Override
    public Mono<Webhook> create(String workspaceId, String url, Set<String> types) {
        return urls.check(url, null)
                .flatMap(checked -> insert(new Webhook(
                        "wh_" + UUID.randomUUID().toString().replace("-", ""),
                        workspaceId,
                        checked,
                        types,
                        Secret.of("whsec_" + random()),
                        clock.instant())));
    }

    private Mono<Webhook> insert(Webhook webhook) {
        return db.sql("INSERT INTO webhook (" + COLUMNS + ") VALUES (:id, :ws, :url, :types, :secret, :createdAt)")
                .bind("id", webhook.id())
                .bind("ws", webhook.workspaceId())
                .bind("url", webhook.url().toString())
                .bind("types", String.join(",", webhook.types()))
                .bind("secret", seal(webhook))
                .bind("createdAt", OffsetDateTime.ofInstant(webhook.createdAt(), ZoneOffset.UTC))
                .then()
                .thenReturn(webhook);
    }

    @Override
    public Flux<Webhook> list(String workspaceId) {
        return db.sql("SELECT " + COLUMNS + " FROM webhook WHERE workspace_id = :ws ORDER BY created_at, id")
                .bind("ws", workspaceId)
                .map(this::read)
                .all();
    }

    @Override
    public Mono<Webhook> get(String workspaceId, String webhookId) {
        return db.sql("SELECT " + COLUMNS + " FROM webhook WHERE workspace_id = :ws AND id = :id")
                .bind("ws", workspaceId)
                .bind("id", webhookId)
                .map(this::read)
                .one()
                .switchIfEmpty(Mono.error(() -> new NotFound("webhook", webhookId)));
    }

    @Override
    public Mono<Void> delete(String workspaceId, String webhookId) {
        return get(workspaceId, webhookId)
                .then(db.sql("DELETE FROM webhook_failure WHERE webhook_id = :id")
                        .bind("id", webhookId)
                        .then())
                .then(db.sql("DELETE FROM webhook WHERE workspace_id = :ws AND id = :id")
                        .bind("ws", workspaceId)
                        .bind("id", webhookId)
                        .then());
    }

    @Override
    public Flux<Webhook> all() {
        return db.sql("SELECT " + COLUMNS + " FROM webhook ORDER BY workspace_id, created_at, id")
                .map(this::read)
                .all();
    }

    @Override
    public Mono<Void> recordFailure(WebhookFailure failure) {
        return db.sql("DELETE FROM webhook_failure WHERE webhook_id = :hook AND event_id = :event")
                .bind("hook", failure.webhookId())
                .bind("event", failure.eventId())
                .then()
                .then(db.sql("INSERT INTO webhook_failure (webhook_id, event_id, account_id, body, attempts,"
                                + " last_error, failed_at) VALUES (:hook, :event, :account, :body, :attempts,"
                                + " :error, :failedAt)")
                        .bind("hook", failure.webhookId())
                        .bind("event", failure.eventId())
                        .bind("account", failure.accountId())
                        .bind("body", failure.body())
                        .bind("attempts", failure.attempts())
                        .bind("error", failure.lastError())
                        .bind("failedAt", OffsetDateTime.ofInstant(failure.failedAt(), ZoneOffset.UTC))
                        .then());
    }

    @Override
    public Flux<WebhookFailure> failures(String workspaceId, String webhookId) {
        return get(workspaceId, webhookId)
                .thenMany(db.sql("SELECT * FROM webhook_failure WHERE webhook_id = :hook ORDER BY failed_at, event_id")
                        .bind("hook", webhookId)
                        .map(WebhookRepository::readFailure)
                        .all());
    }

    @Override
    public Mono<WebhookFailure> takeFailure(String workspaceId, String webhookId, String eventId) {
        return get(workspaceId, webhookId)
                .then(db.sql("SELECT * FROM webhook_failure WHERE webhook_id = :hook AND event_id = :event")
                        .bind("hook", webhookId)
                        .bind("event", eventId)
                        .map(WebhookRepository::readFailure)
                        .one())
                .switchIfEmpty(Mono.error(() -> new NotFound("failure", eventId)))
                .flatMap(failure -> db.sql("DELETE FROM webhook_failure WHERE webhook_id = :hook AND event_id = :event")
                        .bind("hook", webhookId)
                        .bind("event", eventId)
                        .then()
                        .thenReturn(failure));
    }

    private byte[] seal(Webhook webhook) {
        return cipher.encrypt(
                webhook.secret().reveal().getBytes(StandardCharsets.UTF_8),
                associatedData(webhook.workspaceId(), webhook.id()));
    }

    private Webhook read(Readable row) {
        String id = row.get("id", String.class);
        String workspace = row.get("workspace_id", String.class);
        byte[] plain = cipher.decrypt(row.get("secret", byte[].class), associatedData(workspace, id));
        String types = row.get("types", String.class);
        return new Webhook(
                id,
                workspace,
                URI.create(row.get("url", String.class)),
                types == null || types.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(types.split(","))),
                Secret.of(new String(plain, StandardCharsets.UTF_8)),
                row.get("created_at", OffsetDateTime.class).toInstant());
    }

    private static WebhookFailure readFailure(Readable row) {
        return new WebhookFailure(
                row.get("webhook_id", String.class),
                row.get("event_id", String.class),
                row.get("account_id", String.class),
                row.get("body", String.class),
                row.get("attempts", Integer.class),
                row.get("last_error", String.class),
                row.get("failed_at", OffsetDateTime.class).toInstant());
    }

    private static byte[] associatedData(String workspaceId, String webhookId) {
        return ("webhook\n" + workspaceId + "\n" + webhookId).getBytes(StandardCharsets.UTF_8);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
