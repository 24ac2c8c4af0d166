package io.omnicart.gateway.api.store;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.OverviewQuery;
import io.omnicart.core.model.StoreOverview;
import io.omnicart.core.model.StoreSettings;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.api.validation.QueryValues;
import io.omnicart.gateway.routing.AdapterRegistry;
import io.omnicart.gateway.routing.StoreCalls;
import io.omnicart.gateway.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** The store as a whole: overview figures, settings, and what the platform can do. */
@RestController
@RequestMapping(path = "/v1/accounts/{accountId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Store")
public class StoreController {

    private final StoreCalls calls;
    private final AdapterRegistry adapters;

    public StoreController(StoreCalls calls, AdapterRegistry adapters) {
        this.calls = calls;
        this.adapters = adapters;
    }

    @GetMapping("/overview")
    @Operation(operationId = "getOverview", summary = "Headline figures over a window of days")
    public Mono<StoreOverview> overview(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @RequestParam(required = false) @Nullable String window) {
        Checks checks = Checks.forAccount(accountId);
        OverviewQuery query = new OverviewQuery(QueryValues.window(checks, window));
        checks.throwIfInvalid();
        return calls.read(caller, accountId, Capability.OVERVIEW, (adapter, store) -> adapter.overview(store, query));
    }

    @GetMapping("/settings")
    @Operation(operationId = "getSettings", summary = "Store settings: currencies, regions, timezone")
    public Mono<StoreSettings> settings(@AuthenticationPrincipal Caller caller, @PathVariable String accountId) {
        Checks.forAccount(accountId).throwIfInvalid();
        return calls.read(caller, accountId, Capability.SETTINGS, (adapter, store) -> adapter.settings(store));
    }

    @GetMapping("/capabilities")
    @Operation(operationId = "getCapabilities", summary = "Which operations this account's platform supports")
    public Mono<CapabilitiesResponse> capabilities(
            @AuthenticationPrincipal Caller caller, @PathVariable String accountId) {
        Checks.forAccount(accountId).throwIfInvalid();
        return calls.resolve(caller, accountId).map(this::capabilities);
    }

    private CapabilitiesResponse capabilities(StoreConnection store) {
        return adapters.find(store.platform())
                .map(CapabilitiesResponse::of)
                .orElseGet(() -> CapabilitiesResponse.of(store.platform(), false, Set.of()));
    }
}
