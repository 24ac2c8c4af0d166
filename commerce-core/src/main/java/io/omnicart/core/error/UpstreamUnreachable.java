package io.omnicart.core.error;

import io.omnicart.core.model.Platform;
import org.jspecify.annotations.Nullable;

/** The store could not be reached at all (connection refused or reset, DNS failure, TLS failure). */
public final class UpstreamUnreachable extends CommerceException {

    private final boolean requestSent;

    public UpstreamUnreachable(String message, Platform platform, boolean requestSent, @Nullable Throwable cause) {
        super(message, platform, null, cause);
        this.requestSent = requestSent;
    }

    /** False when the failure proves the store never received the request (connect refused), so a write may be retried. */
    public boolean requestSent() {
        return requestSent;
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
