package io.omnicart.gateway.guard;

import io.omnicart.core.error.CommerceException;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.InvalidState;
import io.omnicart.core.error.NotFound;
import io.omnicart.core.error.RateLimited;
import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.error.UpstreamContractViolation;
import io.omnicart.core.error.UpstreamTimeout;
import io.omnicart.core.error.UpstreamUnavailable;
import io.omnicart.core.error.UpstreamUnreachable;

/** How the guard classifies failures: what opens a circuit, what may be retried, and the metric outcome. */
final class GuardErrors {

    private GuardErrors() {}

    /** Only an upstream that is down or too slow opens its circuit; 4xx-type answers and 429s do not. */
    static boolean countsAgainstCircuit(Throwable error) {
        return error instanceof UpstreamUnavailable
                || error instanceof UpstreamUnreachable
                || error instanceof UpstreamTimeout;
    }

    /** Transient failures an idempotent call may be repeated after. */
    static boolean retryableRead(Throwable error) {
        return countsAgainstCircuit(error) || provesNotProcessed(error);
    }

    /** Failures proving the store did not act on the request, so even a write may be repeated. */
    static boolean provesNotProcessed(Throwable error) {
        return error instanceof RateLimited
                || (error instanceof UpstreamUnreachable unreachable && !unreachable.requestSent())
                || (error instanceof InvalidState state && state.retryable());
    }

    /** The {@code outcome} / {@code reason} tag value of a failure. */
    static String outcome(Throwable error) {
        return switch (error) {
            case RateLimited e -> "rate_limited";
            case UpstreamUnavailable e -> "unavailable";
            case UpstreamUnreachable e -> "unreachable";
            case UpstreamTimeout e -> "timeout";
            case CredentialsRejected e -> "auth_rejected";
            case NotFound e -> "not_found";
            case InvalidState e -> "invalid_state";
            case UnsupportedCapability e -> "not_supported";
            case UpstreamContractViolation e -> "malformed_response";
            case CommerceException e -> "rejected";
            default -> "error";
        };
    }

    /** The {@code status} tag: the upstream status class, {@code 2xx} on success, {@code none} without a reply. */
    static String statusClass(Throwable error) {
        if (error instanceof CommerceException commerce && commerce.upstreamStatus() != null) {
            return (commerce.upstreamStatus() / 100) + "xx";
        }
        return "none";
    }
}
