package io.omnicart.gateway.events;

import io.omnicart.core.error.FieldError;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.port.AccountDirectory;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * The change feed as Server-Sent Events: {@code id:} is the event id, {@code event:} its type, {@code data:} the event
 * as JSON; a comment every heartbeat interval keeps proxies from closing an idle stream. {@code Last-Event-ID} resumes
 * gap-free within the retention period.
 */
@RestController
@Tag(name = "Events")
public class EventsController {

    private static final String LAST_EVENT_ID = "Last-Event-ID";

    private final EventLog log;
    private final AccountDirectory directory;
    private final FeedActivity activity;
    private final FeedMetrics metrics;
    private final FeedProperties properties;

    EventsController(
            EventLog log,
            AccountDirectory directory,
            FeedActivity activity,
            FeedMetrics metrics,
            FeedProperties properties) {
        this.log = log;
        this.directory = directory;
        this.activity = activity;
        this.metrics = metrics;
        this.properties = properties;
    }

    @GetMapping(path = "/v1/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "streamEvents", summary = "Changes of every store of the workspace, as they happen (SSE)")
    @ApiResponse(
            responseCode = "200",
            description = "A text/event-stream of ChangeEvent (event: type, id: event id), with heartbeat comments",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                            schema = @Schema(implementation = ChangeEvent.class)))
    @ApiResponse(
            responseCode = "410",
            description = "events_expired: Last-Event-ID is older than the retention period",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    public Flux<ServerSentEvent<ChangeEvent>> workspace(
            @AuthenticationPrincipal Caller caller,
            @Parameter(description = "Only these event types; comma-separated and/or repeated.")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> types,
            @Parameter(in = ParameterIn.HEADER, description = "Resume after this event id.")
                    @RequestHeader(name = LAST_EVENT_ID, required = false)
                    @Nullable
                    String lastEventId) {
        Set<EventType> wanted = types(types);
        checkLastEventId(lastEventId);
        return stream(caller.workspaceId(), null, wanted, lastEventId);
    }

    @GetMapping(path = "/v1/accounts/{accountId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "streamAccountEvents", summary = "Changes of one store account, as they happen (SSE)")
    @ApiResponse(
            responseCode = "200",
            description = "A text/event-stream of ChangeEvent (event: type, id: event id), with heartbeat comments",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                            schema = @Schema(implementation = ChangeEvent.class)))
    @ApiResponse(
            responseCode = "410",
            description = "events_expired: Last-Event-ID is older than the retention period",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    public Flux<ServerSentEvent<ChangeEvent>> account(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @Parameter(description = "Only these event types; comma-separated and/or repeated.")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> types,
            @Parameter(in = ParameterIn.HEADER, description = "Resume after this event id.")
                    @RequestHeader(name = LAST_EVENT_ID, required = false)
                    @Nullable
                    String lastEventId) {
        Checks.forAccount(accountId).throwIfInvalid();
        Set<EventType> wanted = types(types);
        checkLastEventId(lastEventId);
        return directory
                .get(caller.workspaceId(), accountId)
                .thenMany(Flux.defer(() -> stream(caller.workspaceId(), accountId, wanted, lastEventId)));
    }

    private Flux<ServerSentEvent<ChangeEvent>> stream(
            String workspaceId, @Nullable String accountId, Set<EventType> wanted, @Nullable String lastEventId) {
        Flux<ServerSentEvent<ChangeEvent>> events = log.follow(workspaceId, lastEventId)
                .filter(event -> accountId == null || accountId.equals(event.accountId()))
                .filter(event -> wanted.contains(EventType.fromWire(event.type())))
                .map(EventsController::toSse);
        // The first comment goes out at once: it commits the 200 and its headers, so a client knows it is subscribed.
        Flux<ServerSentEvent<ChangeEvent>> heartbeats = Flux.interval(Duration.ZERO, properties.heartbeat())
                .map(tick -> ServerSentEvent.<ChangeEvent>builder()
                        .comment("heartbeat")
                        .build());
        return Flux.merge(events, heartbeats)
                .doOnSubscribe(subscription -> {
                    activity.subscribed(workspaceId);
                    metrics.subscribed();
                })
                .doFinally(signal -> {
                    activity.unsubscribed(workspaceId);
                    metrics.unsubscribed();
                });
    }

    private static ServerSentEvent<ChangeEvent> toSse(ChangeEvent event) {
        return ServerSentEvent.builder(event).id(event.id()).event(event.type()).build();
    }

    /** Comma-separated and/or repeated; every type when none is given; an unknown one is refused, naming them all. */
    static Set<EventType> types(@Nullable List<String> values) {
        if (values == null || values.isEmpty()) {
            return EnumSet.allOf(EventType.class);
        }
        Set<EventType> wanted = EnumSet.noneOf(EventType.class);
        List<FieldError> errors = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                EventType type = EventType.fromWire(part.strip());
                if (type == null) {
                    errors.add(new FieldError(
                            "types", "unknown event type '" + part.strip() + "'; one of " + EventType.wires()));
                } else {
                    wanted.add(type);
                }
            }
        }
        if (!errors.isEmpty() || wanted.isEmpty()) {
            throw new InvalidRequest(errors.isEmpty() ? List.of(new FieldError("types", "empty")) : errors);
        }
        return wanted;
    }

    private static void checkLastEventId(@Nullable String lastEventId) {
        if (lastEventId != null && !EventIds.wellFormed(lastEventId)) {
            throw new InvalidRequest(
                    InvalidRequest.INVALID_CURSOR,
                    "Last-Event-ID is not an event id of this gateway",
                    List.of(new FieldError(LAST_EVENT_ID, "not an event id (evt_ and 26 characters)")),
                    null,
                    null);
        }
    }
}
