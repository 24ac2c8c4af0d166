package io.omnicart.gateway.security;

import io.omnicart.gateway.api.problem.ApiProblem;
import io.omnicart.gateway.api.problem.ProblemResponder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Security failures as problem+json: no or bad token is 401 {@code unauthenticated} with {@code WWW-Authenticate:
 * Bearer}; an OmniCart call from a workspace without the commerce bundle is 403 {@code bundle_required}.
 */
public final class SecurityProblemHandler implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    static final String BUNDLE_REQUIRED_DETAIL = "Verify your workspace has the Marketing & Commerce bundle enabled.";

    private static final ApiProblem MISSING_TOKEN = ApiProblem.of(
            HttpStatus.UNAUTHORIZED,
            "unauthenticated",
            "Authentication required",
            "Send a caller token as 'Authorization: Bearer <token>'.");
    private static final ApiProblem INVALID_TOKEN = ApiProblem.of(
            HttpStatus.UNAUTHORIZED,
            "unauthenticated",
            "Authentication required",
            "The bearer token is malformed, expired, not signed by a trusted issuer or lacks the workspace claim.");
    private static final ApiProblem BUNDLE_REQUIRED =
            ApiProblem.of(HttpStatus.FORBIDDEN, "bundle_required", "Bundle required", BUNDLE_REQUIRED_DETAIL);
    private static final ApiProblem FORBIDDEN = ApiProblem.of(
            HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "The caller token does not allow this request.");

    private final ProblemResponder responder;

    public SecurityProblemHandler(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException error) {
        boolean tokenRejected = error instanceof OAuth2AuthenticationException;
        exchange.getResponse()
                .getHeaders()
                .set(HttpHeaders.WWW_AUTHENTICATE, tokenRejected ? "Bearer error=\"invalid_token\"" : "Bearer");
        return responder.write(exchange, tokenRejected ? INVALID_TOKEN : MISSING_TOKEN);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        boolean omniCartCall = path.equals("/v1") || path.startsWith("/v1/");
        return responder.write(exchange, omniCartCall ? BUNDLE_REQUIRED : FORBIDDEN);
    }
}
