package io.omnicart.gateway.api.accounts;

import io.omnicart.core.model.Account;
import io.omnicart.core.port.AccountDirectory;
import io.omnicart.gateway.api.paging.DataResponse;
import io.omnicart.gateway.api.validation.Checks;
import io.omnicart.gateway.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The workspace's store accounts, the built-in {@code demo} account included. */
@RestController
@RequestMapping(path = "/v1/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts")
public class AccountsController {

    private final AccountDirectory accounts;

    public AccountsController(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(operationId = "listAccounts", summary = "The workspace's store accounts, plus the built-in demo")
    public Mono<DataResponse<Account>> list(@AuthenticationPrincipal Caller caller) {
        return accounts.list(caller.workspaceId()).collectList().map(DataResponse::new);
    }

    @GetMapping("/{accountId}")
    @Operation(operationId = "getAccount", summary = "One store account")
    public Mono<Account> get(@AuthenticationPrincipal Caller caller, @PathVariable String accountId) {
        Checks.forAccount(accountId).throwIfInvalid();
        return accounts.get(caller.workspaceId(), accountId);
    }
}
