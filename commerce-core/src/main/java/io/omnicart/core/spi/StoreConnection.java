package io.omnicart.core.spi;

import io.omnicart.core.model.Platform;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Everything an adapter needs to talk to one store account: whose it is, where it lives and how to authenticate.
 * Its {@code toString()} masks the credentials. {@code baseUrl} is null only for the demo store.
 *
 * @param credentialsVersion the revision of the stored account these credentials were read from (it grows with every
 *     change of the account); upstream tokens are cached per account <em>and</em> this version, so a token obtained
 *     with older credentials is never used with newer ones. 0 for connections that were never stored (probes, the demo)
 */
public record StoreConnection(
        String accountId,
        String workspaceId,
        Platform platform,
        @Nullable URI baseUrl,
        Credentials credentials,
        long credentialsVersion) {

    /** A connection that was never stored (version 0). */
    public StoreConnection(
            String accountId, String workspaceId, Platform platform, @Nullable URI baseUrl, Credentials credentials) {
        this(accountId, workspaceId, platform, baseUrl, credentials, 0);
    }
}
