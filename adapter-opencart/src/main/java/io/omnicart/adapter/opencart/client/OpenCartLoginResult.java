package io.omnicart.adapter.opencart.client;

import io.omnicart.adapter.opencart.error.OpenCartLoginRefusal;
import io.omnicart.core.spi.Secret;
import org.jspecify.annotations.Nullable;

/** What a native login answered: a session, or a refusal the caller reports as it sees fit (connect or runtime). */
public sealed interface OpenCartLoginResult {

    /** A session on the protocol line {@code version}; {@code toString()} masks the token. */
    record Started(OpenCartVersion version, Secret token) implements OpenCartLoginResult {}

    /**
     * No session: why, the address the store says the call came from (only for {@code IP_NOT_ALLOWED}, when the store
     * named it) and the store's own words (never a credential).
     */
    record Refused(OpenCartLoginRefusal refusal, @Nullable String callerIp, String storeMessage)
            implements OpenCartLoginResult {}
}
