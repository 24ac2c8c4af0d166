package io.omnicart.core.error;

import io.omnicart.core.model.Platform;
import org.jspecify.annotations.Nullable;

/**
 * Connecting or verifying a store account failed. {@code reason} is one of {@code auth_rejected}, {@code unreachable},
 * {@code not_<platform>}, {@code base_url_invalid}, {@code base_url_forbidden} (or a platform-specific refinement).
 */
public final class ConnectionFailed extends CommerceException {

    private final String reason;

    public ConnectionFailed(String reason, String message, @Nullable Platform platform, @Nullable Throwable cause) {
        super(message, platform, null, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
