package io.omnicart.core.model;

import java.net.URI;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A connected store account as the API shows it. It never holds a secret. {@code statusReason} says why a {@code
 * failing} account fails ({@code auth_rejected}, {@code unreachable}, {@code credentials_unreadable}, …).
 */
public record Account(
        String id,
        Platform platform,
        String label,
        @Nullable URI baseUrl,
        AuthMethod authMethod,
        AccountStatus status,
        @Nullable String statusReason,
        @Nullable StoreInfo store,
        @Nullable OffsetDateTime lastVerifiedAt,
        OffsetDateTime createdAt) {}
