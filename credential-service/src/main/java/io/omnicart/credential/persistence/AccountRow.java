package io.omnicart.credential.persistence;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code store_account}. {@code credentials} is ciphertext; {@link #toString()} leaves it out anyway.
 * Enum-like columns hold wire names ({@code medusa}, {@code api_key}, {@code connected}).
 */
public record AccountRow(
        String id,
        String workspaceId,
        String platform,
        String label,
        String baseUrl,
        String authMethod,
        byte[] credentials,
        long keyId,
        String status,
        @Nullable String statusReason,
        @Nullable String storeName,
        @Nullable OffsetDateTime lastVerifiedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    @Override
    public String toString() {
        return "AccountRow[id=" + id + ", workspaceId=" + workspaceId + ", platform=" + platform + ", status=" + status
                + ", keyId=" + keyId + ", version=" + version + "]";
    }
}
