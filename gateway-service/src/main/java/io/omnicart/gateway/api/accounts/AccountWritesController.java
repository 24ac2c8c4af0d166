package io.omnicart.gateway.api.accounts;

import io.omnicart.core.error.ReadOnlyStore;
import io.omnicart.core.model.Account;
import io.omnicart.core.model.Platform;
import io.omnicart.core.port.AccountDirectory;
import io.omnicart.core.port.AccountManager;
import io.omnicart.core.port.ConnectAccountCommand;
import io.omnicart.core.port.UpdateAccountCommand;
import io.omnicart.gateway.api.Locations;
import io.omnicart.gateway.api.validation.BodyValidator;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.routing.DemoAccount;
import io.omnicart.gateway.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Connect, change, re-check and remove the workspace's store accounts, through the core {@link AccountManager}
 * (credential-service). The workspace always comes from the caller's token; secrets go in and never come out.
 */
@RestController
@RequestMapping(path = "/v1/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts")
public class AccountWritesController {

    static final String LOCATION = "/v1/accounts/{accountId}";
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final AccountManager accounts;
    private final AccountDirectory directory;
    private final BodyValidator bodies;
    private final DemoAccount demo;

    public AccountWritesController(
            AccountManager accounts, AccountDirectory directory, BodyValidator bodies, DemoAccount demo) {
        this.accounts = accounts;
        this.directory = directory;
        this.bodies = bodies;
        this.demo = demo;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "connectAccount",
            summary = "Connect a store: checks the address, signs in and reads the store name, then stores it")
    @ApiResponse(
            responseCode = "201",
            description = "The connected account",
            headers = @Header(name = "Location", description = "URL of the account", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = Account.class)))
    @ApiResponse(
            responseCode = "422",
            description = "connection_failed: reason auth_rejected, unreachable, not_<platform>, base_url_invalid or"
                    + " base_url_forbidden (OpenCart also: ip_not_allowed, bridge_missing, version_unsupported);"
                    + " nothing was stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    public Mono<ResponseEntity<Account>> connect(
            @AuthenticationPrincipal Caller caller, @RequestBody ConnectAccountRequest body) {
        ConnectAccountCommand command = bodies.valid(new Checks(), body).toCommand();
        return accounts.connect(caller.workspaceId(), command)
                .map(account -> ResponseEntity.created(Locations.of(LOCATION, account.id()))
                        .body(account));
    }

    @PatchMapping(path = "/{accountId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateAccount", summary = "Rename an account or replace its base URL or credentials")
    @ApiResponse(
            responseCode = "200",
            description = "The account as now stored",
            content = @Content(schema = @Schema(implementation = Account.class)))
    @ApiResponse(
            responseCode = "409",
            description = "conflict: the account was changed concurrently; read it again and retry",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    @ApiResponse(
            responseCode = "422",
            description = "connection_failed: the new base URL or credentials did not verify; nothing was changed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    public Mono<Account> update(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String accountId,
            @RequestBody UpdateAccountRequest body) {
        UpdateAccountCommand command =
                bodies.valid(Checks.forAccount(accountId), body).toCommand();
        refuseDemo(accountId);
        return accounts.update(caller.workspaceId(), accountId, command);
    }

    @DeleteMapping("/{accountId}")
    @Operation(
            operationId = "removeAccount",
            summary = "Remove an account: deletes its stored credentials and cached tokens (the store is unaffected)")
    @ApiResponse(responseCode = "204", description = "Removed")
    public Mono<ResponseEntity<Void>> remove(@AuthenticationPrincipal Caller caller, @PathVariable String accountId) {
        Checks.forAccount(accountId).throwIfInvalid();
        refuseDemo(accountId);
        return accounts.remove(caller.workspaceId(), accountId)
                .then(Mono.just(ResponseEntity.noContent().build()));
    }

    @PostMapping("/{accountId}/verify")
    @Operation(operationId = "verifyAccount", summary = "Re-check an account now; records status and lastVerifiedAt")
    @ApiResponse(
            responseCode = "200",
            description = "The account, connected and freshly verified",
            content = @Content(schema = @Schema(implementation = Account.class)))
    @ApiResponse(
            responseCode = "422",
            description = "connection_failed: the store refused or could not be reached; the account is now failing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))
    public Mono<Account> verify(@AuthenticationPrincipal Caller caller, @PathVariable String accountId) {
        Checks.forAccount(accountId).throwIfInvalid();
        return demo.matches(accountId)
                ? directory.get(caller.workspaceId(), accountId)
                : accounts.verify(caller.workspaceId(), accountId);
    }

    private void refuseDemo(String accountId) {
        if (demo.matches(accountId)) {
            throw new ReadOnlyStore(Platform.DEMO);
        }
    }
}
