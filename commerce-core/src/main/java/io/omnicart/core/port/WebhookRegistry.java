package io.omnicart.core.port;

import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Webhooks of every workspace, their signing secrets encrypted at rest, and the deliveries that failed for good. A
 * webhook is always addressed with its workspace: another workspace's id is {@code NotFound("webhook", id)}. Cold
 * publishers.
 */
public interface WebhookRegistry {

    /**
     * Registers a webhook after checking its URL like a store's base URL (https, no private or metadata address):
     * {@code ConnectionFailed} with reason {@code base_url_invalid} or {@code base_url_forbidden} otherwise.
     */
    Mono<Webhook> create(String workspaceId, String url, Set<String> types);

    Flux<Webhook> list(String workspaceId);

    Mono<Webhook> get(String workspaceId, String webhookId);

    /** Removes the webhook and its failures; {@code NotFound} when unknown. */
    Mono<Void> delete(String workspaceId, String webhookId);

    /** Every webhook of every workspace, for delivery. */
    Flux<Webhook> all();

    Mono<Void> recordFailure(WebhookFailure failure);

    Flux<WebhookFailure> failures(String workspaceId, String webhookId);

    /** The failure and its removal, for redelivery; {@code NotFound("failure", eventId)} when there is none. */
    Mono<WebhookFailure> takeFailure(String workspaceId, String webhookId, String eventId);
}
