package io.omnicart.core.port;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import org.jspecify.annotations.Nullable;

/**
 * Connect a store: the platform, an optional label (the store's own name when absent), the base URL as the merchant
 * typed it (normalized and checked by the account manager) and the credentials, whose secrets print masked.
 */
public record ConnectAccountCommand(
        Platform platform, @Nullable String label, String baseUrl, Credentials credentials) {}
