package io.omnicart.core.port;

import io.omnicart.core.spi.Secret;
import java.net.URI;
import java.time.Instant;
import java.util.Set;

/** A workspace's webhook: where events of {@code types} (all when empty) are delivered, signed with {@code secret}. */
public record Webhook(String id, String workspaceId, URI url, Set<String> types, Secret secret, Instant createdAt) {

    public Webhook {
        types = Set.copyOf(types);
    }

    public boolean wants(String type) {
        return types.isEmpty() || types.contains(type);
    }
}
