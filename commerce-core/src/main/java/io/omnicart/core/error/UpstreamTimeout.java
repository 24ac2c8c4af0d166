package io.omnicart.core.error;

import io.omnicart.core.model.Platform;
import org.jspecify.annotations.Nullable;

/** The store did not answer within the deadline. */
public final class UpstreamTimeout extends CommerceException {

    public UpstreamTimeout(String message, @Nullable Platform platform, @Nullable Throwable cause) {
        super(message, platform, null, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
