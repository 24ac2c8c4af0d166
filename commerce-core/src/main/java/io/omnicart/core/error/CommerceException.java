package io.omnicart.core.error;

import io.omnicart.core.model.Platform;
import org.jspecify.annotations.Nullable;

/**
 * Every failure an adapter, a port or the gateway reports. The gateway maps each permitted type to one HTTP status in
 * a single place. Messages are shown to callers: they never contain a secret, a token or a URL with a query string.
 */
public abstract sealed class CommerceException extends RuntimeException
        permits NotFound,
                InvalidRequest,
                InvalidState,
                ConcurrentModification,
                CredentialsRejected,
                CredentialsUnreadable,
                ConnectionFailed,
                ReadOnlyStore,
                RateLimited,
                UpstreamUnavailable,
                UpstreamUnreachable,
                UpstreamTimeout,
                UpstreamContractViolation,
                UnsupportedCapability {

    private final @Nullable Platform platform;
    private final @Nullable Integer upstreamStatus;

    protected CommerceException(
            String message, @Nullable Platform platform, @Nullable Integer upstreamStatus, @Nullable Throwable cause) {
        super(message, cause, false, cause != null);
        this.platform = platform;
        this.upstreamStatus = upstreamStatus;
    }

    /** The platform that caused the failure, or null when the gateway itself refused. */
    public @Nullable Platform platform() {
        return platform;
    }

    /** The upstream HTTP status behind the failure, when there was one. */
    public @Nullable Integer upstreamStatus() {
        return upstreamStatus;
    }

    /** Whether the same call may succeed if tried again later (circuit breakers count only these). */
    public abstract boolean isTransient();
}
