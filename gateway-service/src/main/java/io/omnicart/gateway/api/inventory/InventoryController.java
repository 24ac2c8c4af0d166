package io.omnicart.gateway.api.inventory;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.InventorySyncCommand;
import io.omnicart.gateway.api.paging.DataResponse;
import io.omnicart.gateway.api.validation.BodyValidator;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.api.validation.QueryValues;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/v1/accounts/{accountId}/inventory", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Inventory")
public class InventoryController {

    static final int MAX_SKUS = 100;
    static final int MAX_SKU_LENGTH = 100;

    private final StoreCalls calls;
    private final BodyValidator bodies;

    public InventoryController(StoreCalls calls, BodyValidator bodies) {
        this.calls = calls;
        this.bodies = bodies;
    }

    @GetMapping
    @Operation(operationId = "getInventory", summary = "Current stock levels of the given SKUs")
    public Mono<DataResponse<InventoryLevel>> levels(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @RequestParam(required = false) @Nullable List<String> sku) {
        Checks checks = Checks.forAccount(accountId);
        List<String> skus = QueryValues.split(sku).stream().distinct().toList();
        checks.require(!skus.isEmpty() && skus.size() <= MAX_SKUS, "sku", "give 1 to " + MAX_SKUS + " SKUs");
        checks.require(
                skus.stream().allMatch(s -> s.length() <= MAX_SKU_LENGTH),
                "sku",
                "each SKU must be at most " + MAX_SKU_LENGTH + " characters");
        checks.throwIfInvalid();
        return calls.read(
                        caller,
                        accountId,
                        Capability.INVENTORY_READ,
                        (adapter, store) -> adapter.getInventory(store, skus).collectList())
                .map(DataResponse::new);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "syncInventory", summary = "Set absolute stock levels by SKU (idempotent)")
    public Mono<InventorySyncResponse> sync(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @RequestBody InventorySyncRequest body) {
        InventorySyncCommand command =
                bodies.valid(Checks.forAccount(accountId), body).toCommand();
        return calls.write(
                        caller,
                        accountId,
                        Capability.INVENTORY_WRITE,
                        (adapter, store) -> adapter.syncInventory(store, command))
                .map(InventorySyncResponse::new);
    }
}
