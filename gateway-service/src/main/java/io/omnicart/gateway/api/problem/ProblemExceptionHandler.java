package io.omnicart.gateway.api.problem;

import io.omnicart.core.error.CommerceException;
import io.omnicart.core.error.CredentialsUnreadable;
import io.omnicart.core.error.FieldError;
import io.omnicart.gateway.observability.RequestIdFilter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

/** Every error that reaches the web layer leaves as RFC 9457 problem+json with a stable {@code code}. */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    /** Every 413, whichever part of the stack refused the body, is this one problem. */
    static final ApiProblem PAYLOAD_TOO_LARGE = ApiProblem.of(
            HttpStatus.CONTENT_TOO_LARGE,
            "payload_too_large",
            "Request body too large",
            "The request body exceeds the allowed size");

    private static final int PAYLOAD_TOO_LARGE_STATUS = 413;

    private final ProblemResponder responder;

    public ProblemExceptionHandler(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        return responder.write(exchange, toProblem(exchange, error));
    }

    ApiProblem toProblem(ServerWebExchange exchange, Throwable error) {
        return switch (error) {
            case CommerceException e -> logged(exchange, CommerceProblems.from(e), e);
            case ApiProblemException e -> e.problem();
            case WebExchangeBindException e ->
                validation(e.getFieldErrors().stream()
                        .map(f -> new FieldError(f.getField(), String.valueOf(f.getDefaultMessage())))
                        .toList());
            case ServerWebInputException e -> validation(InputErrors.of(e));
            case DataBufferLimitException e -> PAYLOAD_TOO_LARGE;
            case ResponseStatusException e
            when e.getStatusCode().value() == PAYLOAD_TOO_LARGE_STATUS -> PAYLOAD_TOO_LARGE;
            case ResponseStatusException e ->
                fromStatus(HttpStatus.valueOf(e.getStatusCode().value()));
            default -> unexpected(exchange, error);
        };
    }

    private static ApiProblem validation(List<FieldError> errors) {
        String detail = errors.stream()
                .map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return ApiProblem.of(HttpStatus.BAD_REQUEST, "validation_failed", "Invalid request", detail)
                .with("errors", errors);
    }

    private static ApiProblem fromStatus(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> ApiProblem.of(status, "not_found", "Not found", "No such endpoint");
            case METHOD_NOT_ALLOWED ->
                ApiProblem.of(
                        status,
                        "method_not_allowed",
                        "Method not allowed",
                        "This endpoint does not accept that method");
            case UNSUPPORTED_MEDIA_TYPE ->
                ApiProblem.of(status, "unsupported_media_type", "Unsupported media type", "Send application/json");
            case NOT_ACCEPTABLE ->
                ApiProblem.of(status, "not_acceptable", "Not acceptable", "This endpoint answers application/json");
            case BAD_REQUEST ->
                ApiProblem.of(status, "validation_failed", "Invalid request", "The request is not valid");
            default ->
                ApiProblem.of(
                        status,
                        status.is5xxServerError() ? "internal_error" : "http_" + status.value(),
                        status.getReasonPhrase(),
                        status.getReasonPhrase());
        };
    }

    /** 5xx at WARN, except unreadable credentials: credential-service reports those once at ERROR, not per request. */
    private ApiProblem logged(ServerWebExchange exchange, ApiProblem problem, CommerceException error) {
        if (problem.status().is5xxServerError() && !(error instanceof CredentialsUnreadable)) {
            log.warn(
                    "request {} failed: {} {} ({})",
                    RequestIdFilter.requestId(exchange),
                    problem.status().value(),
                    problem.code(),
                    error.getClass().getSimpleName());
        }
        return problem;
    }

    /** An error nobody mapped: ERROR with its stack trace, except a client that went away (DEBUG, no trace). */
    private ApiProblem unexpected(ServerWebExchange exchange, Throwable error) {
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            log.debug(
                    "request {} ended: the client disconnected ({})",
                    RequestIdFilter.requestId(exchange),
                    error.getClass().getSimpleName());
        } else {
            log.error("request {} failed unexpectedly", RequestIdFilter.requestId(exchange), error);
        }
        return ApiProblem.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal_error",
                "Internal error",
                "An unexpected error occurred; quote the request id when reporting it");
    }
}
