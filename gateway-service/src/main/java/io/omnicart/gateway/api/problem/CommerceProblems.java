package io.omnicart.gateway.api.problem;

import io.omnicart.core.error.CommerceException;
import io.omnicart.core.error.ConcurrentModification;
import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.CredentialsUnreadable;
import io.omnicart.core.error.InvalidRequest;
import io.omnicart.core.error.InvalidState;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.ReadOnlyStore;
import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.error.UpstreamContractViolation;
import io.omnicart.core.error.UpstreamTimeout;
import io.omnicart.core.error.UpstreamUnavailable;
import io.omnicart.core.error.UpstreamUnreachable;
import org.springframework.http.HttpStatus;

/** The one place that turns the sealed commerce error type into an HTTP problem. */
public final class CommerceProblems {

    private CommerceProblems() {}

    public static ApiProblem from(CommerceException error) {
        ApiProblem problem = switch (error) {
            case NotFound e -> notFound(e);
            case InvalidRequest e ->
                ApiProblem.of(HttpStatus.BAD_REQUEST, e.code(), "Invalid request", e.getMessage())
                        .with("errors", e.errors().isEmpty() ? null : e.errors());
            case InvalidState e ->
                ApiProblem.of(HttpStatus.CONFLICT, "invalid_state", "Not possible in this state", e.getMessage());
            case ConcurrentModification e ->
                ApiProblem.of(HttpStatus.CONFLICT, "conflict", "Changed concurrently", e.getMessage());
            case CredentialsRejected e ->
                ApiProblem.of(
                                HttpStatus.BAD_GATEWAY,
                                "upstream_error",
                                "Store rejected the credentials",
                                e.getMessage())
                        .with("reason", "auth_rejected");
            case CredentialsUnreadable e ->
                ApiProblem.of(
                                HttpStatus.SERVICE_UNAVAILABLE,
                                "credentials_unreadable",
                                "Stored credentials unreadable",
                                e.getMessage())
                        .with("accountId", e.accountId())
                        .with("keyId", e.keyId());
            case ConnectionFailed e ->
                ApiProblem.of(
                                HttpStatus.UNPROCESSABLE_CONTENT,
                                "connection_failed",
                                "Could not connect the store",
                                e.getMessage())
                        .with("reason", e.reason());
            case ReadOnlyStore e ->
                ApiProblem.of(HttpStatus.FORBIDDEN, "demo_read_only", "The demo store is read-only", e.getMessage());
            case RateLimited e ->
                ApiProblem.of(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "Too many requests", e.getMessage())
                        .retryAfter(e.retryAfter());
            case UpstreamUnavailable e ->
                ApiProblem.of(
                                HttpStatus.SERVICE_UNAVAILABLE,
                                "upstream_unavailable",
                                "Store unavailable",
                                e.getMessage())
                        .retryAfter(e.retryAfter());
            case UpstreamUnreachable e ->
                ApiProblem.of(HttpStatus.BAD_GATEWAY, "upstream_error", "Store unreachable", e.getMessage())
                        .with("reason", "unreachable");
            case UpstreamTimeout e ->
                ApiProblem.of(HttpStatus.GATEWAY_TIMEOUT, "upstream_timeout", "Store too slow", e.getMessage());
            case UpstreamContractViolation e ->
                ApiProblem.of(HttpStatus.BAD_GATEWAY, "upstream_error", "Unexpected store reply", e.getMessage())
                        .with("reason", "malformed_response");
            case UnsupportedCapability e ->
                ApiProblem.of(
                                HttpStatus.NOT_IMPLEMENTED,
                                "not_supported",
                                "Not supported by this platform",
                                e.getMessage())
                        .with("capability", e.capability().wire());
        };
        return problem.with(
                        "platform",
                        error.platform() == null ? null : error.platform().wire())
                .with("upstreamStatus", error.upstreamStatus());
    }

    private static ApiProblem notFound(NotFound e) {
        String code = "account".equals(e.resource()) ? "account_not_found" : "not_found";
        return ApiProblem.of(HttpStatus.NOT_FOUND, code, "Not found", e.getMessage());
    }
}
