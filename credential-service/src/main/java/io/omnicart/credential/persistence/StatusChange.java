package io.omnicart.credential.persistence;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A verification outcome for one account: the new status and reason, and optionally the store name and the time of
 * the check. {@code onlyIfFailing} limits the change to accounts currently failing (a success seen in passing);
 * {@code onlyAtVersion}, when set, to the row version the outcome was seen with (a failure seen with credentials that
 * were replaced since changes nothing).
 */
public record StatusChange(
        String workspaceId,
        String accountId,
        String status,
        @Nullable String reason,
        @Nullable String storeName,
        @Nullable OffsetDateTime verifiedAt,
        boolean onlyIfFailing,
        @Nullable Long onlyAtVersion) {}
