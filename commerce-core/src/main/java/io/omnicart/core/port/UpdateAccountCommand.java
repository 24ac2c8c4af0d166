package io.omnicart.core.port;

import io.omnicart.core.spi.Credentials;
import org.jspecify.annotations.Nullable;

/** Change an account: each present part replaces the stored one; absent parts stay as they are. */
public record UpdateAccountCommand(
        @Nullable String label,
        @Nullable String baseUrl,
        @Nullable Credentials credentials) {

    /** Whether the command changes nothing at all. */
    public boolean isEmpty() {
        return label == null && baseUrl == null && credentials == null;
    }

    /** Whether the change needs the store to be verified again before it is stored. */
    public boolean changesConnection() {
        return baseUrl != null || credentials != null;
    }
}
