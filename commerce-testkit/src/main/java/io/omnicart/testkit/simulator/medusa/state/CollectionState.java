package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A product collection; mutable, guarded by the store lock like every row. */
public final class CollectionState {

    public final String id;
    public String title;
    public String handle;
    public @Nullable String externalId;
    public @Nullable JsonNode metadata;
    public final Instant createdAt;
    public Instant updatedAt;

    public CollectionState(String id, String title, String handle, Instant createdAt) {
        this.id = id;
        this.title = title;
        this.handle = handle;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }
}
