package io.omnicart.core.error;

import io.omnicart.core.model.Platform;
import org.jspecify.annotations.Nullable;

/**
 * The store refused an action in the resource's current state (cancel a completed order, …). The message is the
 * store's own explanation. {@code retryable} marks conflicts that clear by themselves (a locked order).
 */
public final class InvalidState extends CommerceException {

    private final boolean retryable;

    public InvalidState(
            String message, @Nullable Platform platform, @Nullable Integer upstreamStatus, boolean retryable) {
        super(message, platform, upstreamStatus, null);
        this.retryable = retryable;
    }

    public InvalidState(String message, @Nullable Platform platform) {
        this(message, platform, null, false);
    }

    public boolean retryable() {
        return retryable;
    }

    @Override
    public boolean isTransient() {
        return retryable;
    }
}
