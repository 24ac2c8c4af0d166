package io.omnicart.gateway.api.draftorders;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.Order;
import io.omnicart.gateway.api.Locations;
import io.omnicart.gateway.api.paging.ListRequest;
import io.omnicart.gateway.api.paging.ListScope;
import io.omnicart.gateway.api.paging.PageResponse;
import io.omnicart.gateway.api.paging.PagedReads;
import io.omnicart.gateway.api.validation.BodyValidator;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.routing.StoreCalls;
import io.omnicart.gateway.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/v1/accounts/{accountId}/draft-orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Draft orders")
public class DraftOrdersController {

    private static final String DRAFT_LOCATION = "/v1/accounts/{accountId}/draft-orders/{draftOrderId}";
    private static final String ORDER_LOCATION = "/v1/accounts/{accountId}/orders/{orderId}";

    private final StoreCalls calls;
    private final PagedReads lists;
    private final BodyValidator bodies;

    public DraftOrdersController(StoreCalls calls, PagedReads lists, BodyValidator bodies) {
        this.calls = calls;
        this.lists = lists;
        this.bodies = bodies;
    }

    @GetMapping
    @Operation(operationId = "listDraftOrders", summary = "List draft orders")
    public Mono<PageResponse<DraftOrder>> list(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return lists.read(
                new ListRequest(caller, accountId, limit, cursor),
                Checks.forAccount(accountId),
                ListScope.of("draft-orders"),
                Capability.DRAFT_ORDERS_READ,
                (adapter, store, page) -> adapter.listDraftOrders(store, page));
    }

    @GetMapping("/{draftOrderId}")
    @Operation(operationId = "getDraftOrder", summary = "Get a draft order")
    public Mono<DraftOrder> get(
            @AuthenticationPrincipal Caller caller, @PathVariable String accountId, @PathVariable String draftOrderId) {
        Checks.forAccount(accountId).id("draftOrderId", draftOrderId).throwIfInvalid();
        return calls.read(
                caller,
                accountId,
                Capability.DRAFT_ORDERS_READ,
                (adapter, store) -> adapter.getDraftOrder(store, draftOrderId));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createDraftOrder", summary = "Create a draft order")
    @ApiResponse(
            responseCode = "201",
            description = "The new draft order",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the new draft order",
                            schema = @Schema(type = "string")))
    public Mono<ResponseEntity<DraftOrder>> create(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @RequestBody CreateDraftOrderRequest body) {
        CreateDraftOrderCommand command =
                bodies.valid(Checks.forAccount(accountId), body).toCommand();
        return calls.write(
                        caller,
                        accountId,
                        Capability.DRAFT_ORDERS_WRITE,
                        (adapter, store) -> adapter.createDraftOrder(store, command))
                .map(draft -> ResponseEntity.created(Locations.of(DRAFT_LOCATION, accountId, draft.id()))
                        .body(draft));
    }

    @DeleteMapping("/{draftOrderId}")
    @Operation(operationId = "deleteDraftOrder", summary = "Delete a draft order")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public Mono<ResponseEntity<Void>> delete(
            @AuthenticationPrincipal Caller caller, @PathVariable String accountId, @PathVariable String draftOrderId) {
        Checks.forAccount(accountId).id("draftOrderId", draftOrderId).throwIfInvalid();
        return calls.write(
                        caller,
                        accountId,
                        Capability.DRAFT_ORDERS_WRITE,
                        (adapter, store) -> adapter.deleteDraftOrder(store, draftOrderId))
                .then(Mono.just(ResponseEntity.noContent().build()));
    }

    @PostMapping("/{draftOrderId}/convert")
    @Operation(operationId = "convertDraftOrder", summary = "Turn the draft into a live order")
    @ApiResponse(
            responseCode = "201",
            description = "The new live order",
            headers =
                    @Header(name = "Location", description = "URL of the new order", schema = @Schema(type = "string")))
    public Mono<ResponseEntity<Order>> convert(
            @AuthenticationPrincipal Caller caller, @PathVariable String accountId, @PathVariable String draftOrderId) {
        Checks.forAccount(accountId).id("draftOrderId", draftOrderId).throwIfInvalid();
        return calls.write(
                        caller,
                        accountId,
                        Capability.DRAFT_ORDERS_WRITE,
                        (adapter, store) -> adapter.convertDraftOrder(store, draftOrderId))
                .map(order -> ResponseEntity.created(Locations.of(ORDER_LOCATION, accountId, order.id()))
                        .body(order));
    }
}
