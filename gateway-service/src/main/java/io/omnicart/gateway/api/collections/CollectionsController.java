package io.omnicart.gateway.api.collections;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Collection;
import io.omnicart.core.model.CreateCollectionCommand;
import io.omnicart.core.model.Product;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/v1/accounts/{accountId}/collections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Collections")
public class CollectionsController {

    private static final String LOCATION = "/v1/accounts/{accountId}/collections/{collectionId}";

    private final StoreCalls calls;
    private final PagedReads lists;
    private final BodyValidator bodies;

    public CollectionsController(StoreCalls calls, PagedReads lists, BodyValidator bodies) {
        this.calls = calls;
        this.lists = lists;
        this.bodies = bodies;
    }

    @GetMapping
    @Operation(operationId = "listCollections", summary = "List collections")
    public Mono<PageResponse<Collection>> list(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return lists.read(
                new ListRequest(caller, accountId, limit, cursor),
                Checks.forAccount(accountId),
                ListScope.of("collections"),
                Capability.COLLECTIONS_READ,
                (adapter, store, page) -> adapter.listCollections(store, page));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createCollection", summary = "Create a collection")
    @ApiResponse(
            responseCode = "201",
            description = "The new collection",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the new collection",
                            schema = @Schema(type = "string")))
    public Mono<ResponseEntity<Collection>> create(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @RequestBody CreateCollectionRequest body) {
        CreateCollectionCommand command =
                bodies.valid(Checks.forAccount(accountId), body).toCommand();
        return calls.write(
                        caller,
                        accountId,
                        Capability.COLLECTIONS_WRITE,
                        (adapter, store) -> adapter.createCollection(store, command))
                .map(created -> ResponseEntity.created(Locations.of(LOCATION, accountId, created.id()))
                        .body(created));
    }

    @GetMapping("/{collectionId}")
    @Operation(operationId = "getCollection", summary = "Get a collection")
    public Mono<Collection> get(
            @AuthenticationPrincipal Caller caller, @PathVariable String accountId, @PathVariable String collectionId) {
        Checks.forAccount(accountId).id("collectionId", collectionId).throwIfInvalid();
        return calls.read(
                caller,
                accountId,
                Capability.COLLECTIONS_READ,
                (adapter, store) -> adapter.getCollection(store, collectionId));
    }

    @PatchMapping(path = "/{collectionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateCollection", summary = "Change a collection's title or handle")
    public Mono<Collection> update(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @PathVariable String collectionId,
            @RequestBody UpdateCollectionRequest body) {
        Checks checks = Checks.forAccount(accountId).id("collectionId", collectionId);
        var command = bodies.valid(checks, body).toCommand();
        return calls.write(
                caller,
                accountId,
                Capability.COLLECTIONS_WRITE,
                (adapter, store) -> adapter.updateCollection(store, collectionId, command));
    }

    @DeleteMapping("/{collectionId}")
    @Operation(operationId = "deleteCollection", summary = "Delete a collection (its products stay)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public Mono<ResponseEntity<Void>> delete(
            @AuthenticationPrincipal Caller caller, @PathVariable String accountId, @PathVariable String collectionId) {
        Checks.forAccount(accountId).id("collectionId", collectionId).throwIfInvalid();
        return calls.write(
                        caller,
                        accountId,
                        Capability.COLLECTIONS_WRITE,
                        (adapter, store) -> adapter.deleteCollection(store, collectionId))
                .then(Mono.just(ResponseEntity.noContent().build()));
    }

    @GetMapping("/{collectionId}/products")
    @Operation(operationId = "listCollectionProducts", summary = "List the products of a collection")
    public Mono<PageResponse<Product>> products(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @PathVariable String collectionId,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String cursor) {
        Checks checks = Checks.forAccount(accountId).id("collectionId", collectionId);
        ListScope scope = ListScope.of("collection-products").with("collectionId", collectionId);
        return lists.read(
                new ListRequest(caller, accountId, limit, cursor),
                checks,
                scope,
                Capability.COLLECTIONS_READ,
                (adapter, store, page) -> adapter.listCollectionProducts(store, collectionId, page));
    }

    @PostMapping(path = "/{collectionId}/products", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "updateCollectionProducts",
            summary = "Add products to and remove products from a collection")
    public Mono<Collection> updateProducts(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @PathVariable String collectionId,
            @RequestBody CollectionProductsRequest body) {
        Checks checks = Checks.forAccount(accountId).id("collectionId", collectionId);
        var command = bodies.valid(checks, body).toCommand();
        return calls.write(
                caller,
                accountId,
                Capability.COLLECTION_PRODUCTS_WRITE,
                (adapter, store) -> adapter.updateCollectionProducts(store, collectionId, command));
    }
}
