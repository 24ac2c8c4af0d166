package io.omnicart.gateway.events;

import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.FieldError;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.port.WebhookRegistry;
import io.omnicart.gateway.api.problem.ApiProblem;
import io.omnicart.gateway.api.problem.ApiProblemException;
import io.omnicart.gateway.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The workspace's webhooks: register (the signing secret is shown once), list, remove, and their dead letters. */
@RestController
@RequestMapping(path = "/v1/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks")
public class WebhooksController {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final WebhookRegistry registry;
    private final WebhookDelivery delivery;

    WebhooksController(WebhookRegistry registry, WebhookDelivery delivery) {
        this.registry = registry;
        this.delivery = delivery;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createWebhook", summary = "Register a webhook; the answer shows its signing secret once")
    @ApiResponse(
            responseCode = "201",
            description = "The webhook, with its secret",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @ApiResponse(
            responseCode = "422",
            description = "base_url_forbidden: a private, loopback or metadata address; base_url_invalid: not an"
                    + " https URL",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    public Mono<ResponseEntity<WebhookView>> create(
            @AuthenticationPrincipal Caller caller, @RequestBody WebhookRequest body) {
        Set<String> types = body.types() == null || body.types().isEmpty()
                ? Set.of()
                : Set.copyOf(EventsController.types(body.types()).stream()
                        .map(EventType::wire)
                        .toList());
        if (body.url() == null || body.url().isBlank()) {
            throw new InvalidRequest(List.of(new FieldError("url", "required: the receiver's https URL")));
        }
        return registry.create(caller.workspaceId(), body.url(), types)
                .onErrorMap(ConnectionFailed.class, WebhooksController::refusedUrl)
                .doOnNext(created -> delivery.refresh())
                .map(created -> ResponseEntity.created(URI.create("/v1/webhooks/" + created.id()))
                        .body(WebhookView.of(created, true)));
    }

    @GetMapping
    @Operation(operationId = "listWebhooks", summary = "The workspace's webhooks (without secrets)")
    public Flux<WebhookView> list(@AuthenticationPrincipal Caller caller) {
        return registry.list(caller.workspaceId()).map(hook -> WebhookView.of(hook, false));
    }

    @GetMapping("/{webhookId}")
    @Operation(operationId = "getWebhook", summary = "One webhook (without its secret)")
    public Mono<WebhookView> get(@AuthenticationPrincipal Caller caller, @PathVariable String webhookId) {
        checkId("webhookId", webhookId);
        return registry.get(caller.workspaceId(), webhookId).map(hook -> WebhookView.of(hook, false));
    }

    @DeleteMapping("/{webhookId}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook and its dead letters")
    @ApiResponse(responseCode = "204", description = "Removed")
    public Mono<ResponseEntity<Void>> delete(@AuthenticationPrincipal Caller caller, @PathVariable String webhookId) {
        checkId("webhookId", webhookId);
        return registry.delete(caller.workspaceId(), webhookId)
                .doOnSuccess(done -> delivery.refresh())
                .thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/{webhookId}/failures")
    @Operation(operationId = "listWebhookFailures", summary = "Events the webhook did not take within the retry period")
    public Flux<WebhookFailureView> failures(@AuthenticationPrincipal Caller caller, @PathVariable String webhookId) {
        checkId("webhookId", webhookId);
        return registry.failures(caller.workspaceId(), webhookId).map(WebhookFailureView::of);
    }

    @PostMapping("/{webhookId}/failures/{eventId}/redeliver")
    @Operation(operationId = "redeliverWebhookFailure", summary = "Send a dead-lettered event again, now")
    @ApiResponse(responseCode = "204", description = "Delivered; the dead letter is gone")
    @ApiResponse(
            responseCode = "502",
            description = "upstream_error: the receiver refused again; the dead letter is kept",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    public Mono<ResponseEntity<Void>> redeliver(
            @AuthenticationPrincipal Caller caller, @PathVariable String webhookId, @PathVariable String eventId) {
        checkId("webhookId", webhookId);
        checkId("eventId", eventId);
        return registry.get(caller.workspaceId(), webhookId)
                .flatMap(hook -> redeliver(hook, eventId))
                .thenReturn(ResponseEntity.noContent().build());
    }

    /** Takes the dead letter, sends it, and puts it back when the receiver refuses again. */
    private Mono<Void> redeliver(io.omnicart.core.port.Webhook hook, String eventId) {
        return registry.takeFailure(hook.workspaceId(), hook.id(), eventId)
                .flatMap(failure -> delivery.redeliver(hook, failure)
                        .onErrorResume(error ->
                                registry.recordFailure(failure).then(Mono.error(() -> receiverRefused(error)))));
    }

    private static void checkId(String field, String value) {
        if (!ID.matcher(value).matches()) {
            throw new InvalidRequest(List.of(new FieldError(field, "not a valid id")));
        }
    }

    private static Throwable refusedUrl(ConnectionFailed refused) {
        return new ApiProblemException(ApiProblem.of(
                HttpStatus.UNPROCESSABLE_CONTENT, refused.reason(), "Webhook URL refused", refused.getMessage()));
    }

    private static Throwable receiverRefused(Throwable error) {
        return new ApiProblemException(ApiProblem.of(
                        HttpStatus.BAD_GATEWAY,
                        "upstream_error",
                        "Receiver refused",
                        "The webhook receiver did not accept the event: "
                                + error.getClass().getSimpleName())
                .with("reason", "unreachable"));
    }
}
