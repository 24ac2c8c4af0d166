package io.omnicart.gateway.api.accounts;

import io.omnicart.core.port.CredentialKeyRotation;
import io.omnicart.gateway.api.problem.ApiProblem;
import io.omnicart.gateway.api.problem.ProblemResponder;
import io.omnicart.gateway.security.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Operator endpoint of a credential-key rotation: {@code POST /admin/credentials/re-encrypt} rewrites every stored
 * credential under the keyset's primary key and reports the counts. Needs a valid caller token carrying the admin
 * bundle ({@code omnicart.credentials.admin-bundle}); not part of the OmniCart API document.
 */
@Hidden
@RestController
@RequestMapping(path = "/admin/credentials", produces = MediaType.APPLICATION_JSON_VALUE)
public class CredentialAdminController {

    private final CredentialKeyRotation rotation;
    private final CredentialAdminProperties properties;

    public CredentialAdminController(CredentialKeyRotation rotation, CredentialAdminProperties properties) {
        this.rotation = rotation;
        this.properties = properties;
    }

    @PostMapping("/re-encrypt")
    public Mono<ResponseEntity<Object>> reencrypt(@AuthenticationPrincipal Caller caller, ServerWebExchange exchange) {
        if (!caller.hasBundle(properties.adminBundle())) {
            return Mono.just(forbidden(exchange));
        }
        return rotation.reencryptAll().map(ResponseEntity::ok);
    }

    private ResponseEntity<Object> forbidden(ServerWebExchange exchange) {
        ApiProblem problem = ApiProblem.of(
                HttpStatus.FORBIDDEN,
                "admin_required",
                "Administrator required",
                "The caller token lacks the '" + properties.adminBundle() + "' bundle.");
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponder.body(exchange, problem));
    }
}
