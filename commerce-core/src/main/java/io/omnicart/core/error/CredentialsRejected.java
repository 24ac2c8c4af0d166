package io.omnicart.core.error;

import io.omnicart.core.model.Platform;
import org.jspecify.annotations.Nullable;

/** The store rejected the account's credentials (after one fresh login where the platform has logins). */
public final class CredentialsRejected extends CommerceException {

    public CredentialsRejected(String message, Platform platform, @Nullable Integer upstreamStatus) {
        super(message, platform, upstreamStatus, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
