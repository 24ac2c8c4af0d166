package io.omnicart.core.error;

import io.omnicart.core.model.Platform;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The store answered 5xx (after retries) or its circuit is open; {@code retryAfter} is set when known. */
public final class UpstreamUnavailable extends CommerceException {

    private final @Nullable Duration retryAfter;

    public UpstreamUnavailable(
            String message,
            @Nullable Duration retryAfter,
            @Nullable Platform platform,
            @Nullable Integer upstreamStatus,
            @Nullable Throwable cause) {
        super(message, platform, upstreamStatus, cause);
        this.retryAfter = retryAfter;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
