package io.omnicart.core.error;

import io.omnicart.core.model.Platform;
import org.jspecify.annotations.Nullable;

/** The store answered something the adapter cannot understand: malformed JSON, a missing field, an unexpected status. */
public final class UpstreamContractViolation extends CommerceException {

    public UpstreamContractViolation(
            String message, Platform platform, @Nullable Integer upstreamStatus, @Nullable Throwable cause) {
        super(message, platform, upstreamStatus, cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
