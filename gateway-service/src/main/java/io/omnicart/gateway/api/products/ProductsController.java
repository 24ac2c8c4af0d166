package io.omnicart.gateway.api.products;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductQuery;
import io.omnicart.core.model.ProductStatus;
import io.omnicart.gateway.api.paging.ListRequest;
import io.omnicart.gateway.api.paging.ListScope;
import io.omnicart.gateway.api.paging.PageResponse;
import io.omnicart.gateway.api.paging.PagedReads;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.api.validation.QueryValues;
import io.omnicart.gateway.routing.StoreCalls;
import io.omnicart.gateway.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
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
@RequestMapping(path = "/v1/accounts/{accountId}/products", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Products")
public class ProductsController {

    static final int MAX_Q = 200;

    private final StoreCalls calls;
    private final PagedReads lists;

    public ProductsController(StoreCalls calls, PagedReads lists) {
        this.calls = calls;
        this.lists = lists;
    }

    @GetMapping
    @Operation(operationId = "listProducts", summary = "List and search products")
    public Mono<PageResponse<Product>> list(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(required = false) @Nullable String collectionId,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String cursor) {
        Checks checks = Checks.forAccount(accountId);
        String text = checks.text("q", q, MAX_Q);
        Set<ProductStatus> statuses = QueryValues.enums(checks, "status", status, ProductStatus.class);
        String collection = checks.optionalId("collectionId", collectionId);
        ListScope scope = ListScope.of("products")
                .with("q", text)
                .with("status", statuses)
                .with("collectionId", collection);
        return lists.read(
                new ListRequest(caller, accountId, limit, cursor),
                checks,
                scope,
                Capability.PRODUCTS_READ,
                (adapter, store, page) ->
                        adapter.listProducts(store, new ProductQuery(text, statuses, collection, page)));
    }

    @GetMapping("/{productId}")
    @Operation(operationId = "getProduct", summary = "Get a product with its options and variants")
    public Mono<Product> get(
            @AuthenticationPrincipal Caller caller, @PathVariable String accountId, @PathVariable String productId) {
        Checks.forAccount(accountId).id("productId", productId).throwIfInvalid();
        return calls.read(
                caller, accountId, Capability.PRODUCTS_READ, (adapter, store) -> adapter.getProduct(store, productId));
    }
}
