package io.omnicart.gateway.security;

import io.omnicart.core.error.FieldError;
import io.omnicart.gateway.api.problem.ApiProblem;
import io.omnicart.gateway.api.problem.ProblemResponder;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Security failures as problem+json: no or bad token is 401 {@code unauthenticated} with {@code WWW-Authenticate:
 * Bearer}; an OmniCart call from a workspace without the commerce bundle is 403 {@code bundle_required}; a URL the
 * firewall refuses ({@code ..}, encoded slashes, {@code //}, {@code ;}, control characters) is 400 {@code
 * validation_failed} on {@code path}.
 */
public final class SecurityProblemHandler
        implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerExchangeRejectedHandler {

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

    private static final String REJECTED_PATH =
            "contains a sequence no request may use (., .., //, an encoded slash or backslash, ; or a control character)";
    private static final ApiProblem REJECTED = ApiProblem.of(
                    HttpStatus.BAD_REQUEST, "validation_failed", "Invalid request", "path: " + REJECTED_PATH)
            .with("errors", List.of(new FieldError("path", REJECTED_PATH)));

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
        return responder.write(exchange, tokenRejected ? invalidToken(error) : MISSING_TOKEN);
    }

    /** The lifetime rules' own detail (a missing {@code exp}, …) when one of them refused the token. */
    private static ApiProblem invalidToken(AuthenticationException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid) {
                return invalid.getErrors().stream()
                        .map(OAuth2Error::getDescription)
                        .filter(CallerTokenLifetime.DETAILS::contains)
                        .findFirst()
                        .map(detail -> ApiProblem.of(
                                HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail))
                        .orElse(INVALID_TOKEN);
            }
        }
        return INVALID_TOKEN;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        boolean omniCartCall = path.equals("/v1") || path.startsWith("/v1/");
        return responder.write(exchange, omniCartCall ? BUNDLE_REQUIRED : FORBIDDEN);
    }

    /** The firewall's message names the offending sequence; it is not echoed. */
    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return responder.write(exchange, REJECTED);
    }
}
