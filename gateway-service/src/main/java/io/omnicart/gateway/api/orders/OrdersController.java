package io.omnicart.gateway.api.orders;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.CreateShipmentCommand;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.gateway.api.paging.ListRequest;
import io.omnicart.gateway.api.paging.PageResponse;
import io.omnicart.gateway.api.paging.PagedReads;
import io.omnicart.gateway.api.validation.BodyValidator;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.routing.StoreCalls;
import io.omnicart.gateway.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/v1/accounts/{accountId}/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders")
public class OrdersController {

    private final StoreCalls calls;
    private final PagedReads lists;
    private final BodyValidator bodies;

    public OrdersController(StoreCalls calls, PagedReads lists, BodyValidator bodies) {
        this.calls = calls;
        this.lists = lists;
        this.bodies = bodies;
    }

    @GetMapping
    @Operation(operationId = "listOrders", summary = "List and search orders")
    public Mono<PageResponse<OrderSummary>> list(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(required = false) @Nullable String createdFrom,
            @RequestParam(required = false) @Nullable String createdTo,
            @RequestParam(required = false) @Nullable String updatedSince,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String cursor) {
        Checks checks = Checks.forAccount(accountId);
        OrderFilter filter = OrderFilter.parse(checks, q, status, createdFrom, createdTo, updatedSince, sort);
        return lists.read(
                new ListRequest(caller, accountId, limit, cursor),
                checks,
                filter.scope(),
                Capability.ORDERS_READ,
                (adapter, store, page) -> adapter.listOrders(store, filter.query(page)));
    }

    @GetMapping("/{orderId}")
    @Operation(operationId = "getOrder", summary = "Get the full order")
    public Mono<Order> get(
            @AuthenticationPrincipal Caller caller, @PathVariable String accountId, @PathVariable String orderId) {
        Checks.forAccount(accountId).id("orderId", orderId).throwIfInvalid();
        return calls.read(
                caller, accountId, Capability.ORDERS_READ, (adapter, store) -> adapter.getOrder(store, orderId));
    }

    @PostMapping("/{orderId}/complete")
    @Operation(operationId = "completeOrder", summary = "Mark the order completed")
    public Mono<Order> complete(
            @AuthenticationPrincipal Caller caller, @PathVariable String accountId, @PathVariable String orderId) {
        Checks.forAccount(accountId).id("orderId", orderId).throwIfInvalid();
        return calls.write(
                caller,
                accountId,
                Capability.ORDER_COMPLETE,
                (adapter, store) -> adapter.completeOrder(store, orderId));
    }

    @PostMapping("/{orderId}/cancel")
    @Operation(operationId = "cancelOrder", summary = "Cancel the order, keeping the reason on the store")
    public Mono<Order> cancel(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @PathVariable String orderId,
            @RequestBody(required = false) @Nullable CancelOrderRequest body) {
        Checks checks = Checks.forAccount(accountId).id("orderId", orderId);
        var command = bodies.valid(checks, body == null ? new CancelOrderRequest(null) : body)
                .toCommand();
        return calls.write(
                caller,
                accountId,
                Capability.ORDER_CANCEL,
                (adapter, store) -> adapter.cancelOrder(store, orderId, command));
    }

    @PostMapping("/{orderId}/archive")
    @Operation(operationId = "archiveOrder", summary = "Archive the order")
    public Mono<Order> archive(
            @AuthenticationPrincipal Caller caller, @PathVariable String accountId, @PathVariable String orderId) {
        Checks.forAccount(accountId).id("orderId", orderId).throwIfInvalid();
        return calls.write(
                caller, accountId, Capability.ORDER_ARCHIVE, (adapter, store) -> adapter.archiveOrder(store, orderId));
    }

    @PostMapping(path = "/{orderId}/shipments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createShipment", summary = "Confirm a shipment with tracking")
    public Mono<Order> ship(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @PathVariable String orderId,
            @RequestBody ShipmentRequest body) {
        Checks checks = Checks.forAccount(accountId).id("orderId", orderId);
        CreateShipmentCommand command = bodies.valid(checks, body).toCommand();
        return calls.write(
                caller,
                accountId,
                Capability.ORDER_SHIP,
                (adapter, store) -> adapter.createShipment(store, orderId, command));
    }
}
