package io.omnicart.core.error;

import io.omnicart.core.model.Platform;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Too many requests: the caller's own limit, or the store still limiting after retries. */
public final class RateLimited extends CommerceException {

    private final Duration retryAfter;

    public RateLimited(
            String message, Duration retryAfter, @Nullable Platform platform, @Nullable Integer upstreamStatus) {
        super(message, platform, upstreamStatus, null);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
