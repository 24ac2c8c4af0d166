package io.omnicart.gateway.api.customers;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Customer;
import io.omnicart.core.model.CustomerQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.gateway.api.paging.ListRequest;
import io.omnicart.gateway.api.paging.ListScope;
import io.omnicart.gateway.api.paging.PageResponse;
import io.omnicart.gateway.api.paging.PagedReads;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.routing.StoreCalls;
import io.omnicart.gateway.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/v1/accounts/{accountId}/customers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Customers")
public class CustomersController {

    static final int MAX_Q = 200;

    private final StoreCalls calls;
    private final PagedReads lists;

    public CustomersController(StoreCalls calls, PagedReads lists) {
        this.calls = calls;
        this.lists = lists;
    }

    @GetMapping
    @Operation(operationId = "listCustomers", summary = "List and search customers")
    public Mono<PageResponse<Customer>> list(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String cursor) {
        Checks checks = Checks.forAccount(accountId);
        String text = checks.text("q", q, MAX_Q);
        return lists.read(
                new ListRequest(caller, accountId, limit, cursor),
                checks,
                ListScope.of("customers").with("q", text),
                Capability.CUSTOMERS_READ,
                (adapter, store, page) -> adapter.listCustomers(store, new CustomerQuery(text, page)));
    }

    @GetMapping("/{customerId}")
    @Operation(operationId = "getCustomer", summary = "Get a customer with addresses")
    public Mono<Customer> get(
            @AuthenticationPrincipal Caller caller, @PathVariable String accountId, @PathVariable String customerId) {
        Checks.forAccount(accountId).id("customerId", customerId).throwIfInvalid();
        return calls.read(
                caller,
                accountId,
                Capability.CUSTOMERS_READ,
                (adapter, store) -> adapter.getCustomer(store, customerId));
    }

    @GetMapping("/{customerId}/orders")
    @Operation(operationId = "listCustomerOrders", summary = "The customer's order history, newest first")
    public Mono<PageResponse<OrderSummary>> orders(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @PathVariable String customerId,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String cursor) {
        Checks checks = Checks.forAccount(accountId).id("customerId", customerId);
        ListScope scope = ListScope.of("customer-orders").with("customerId", customerId);
        return lists.read(
                new ListRequest(caller, accountId, limit, cursor),
                checks,
                scope,
                Capability.CUSTOMERS_READ,
                (adapter, store, page) -> adapter.listCustomerOrders(store, customerId, page));
    }
}
