package io.omnicart.core.spi;

import io.omnicart.core.model.Platform;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Everything an adapter needs to talk to one store account: whose it is, where it lives and how to authenticate.
 * Its {@code toString()} masks the credentials. {@code baseUrl} is null only for the demo store.
 */
public record StoreConnection(
        String accountId,
        String workspaceId,
        Platform platform,
        @Nullable URI baseUrl,
        Credentials credentials) {}
