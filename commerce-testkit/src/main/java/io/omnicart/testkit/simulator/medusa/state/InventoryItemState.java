package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An inventory item (one per managed variant) with its stock per location. */
public final class InventoryItemState {

    public final String id;
    public final @Nullable String sku;
    public final String title;
    public final List<LevelState> levels = new ArrayList<>();
    public final Instant createdAt;
    public Instant updatedAt;

    public InventoryItemState(String id, @Nullable String sku, String title, Instant createdAt) {
        this.id = id;
        this.sku = sku;
        this.title = title;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Optional<LevelState> level(String locationId) {
        return levels.stream()
                .filter(level -> level.locationId.equals(locationId))
                .findFirst();
    }

    public int stocked() {
        return levels.stream().mapToInt(level -> level.stocked).sum();
    }

    public int reserved() {
        return levels.stream().mapToInt(level -> level.reserved).sum();
    }

    /** Stocked minus reserved over all locations: Medusa's {@code inventory_quantity}. */
    public int available() {
        return stocked() - reserved();
    }

    /** Stock of one item at one location ({@code ilev_…}). */
    public static final class LevelState {
        public final String id;
        public final String inventoryItemId;
        public final String locationId;
        public int stocked;
        public int reserved;
        public int incoming;
        public final Instant createdAt;
        public Instant updatedAt;

        public LevelState(String id, String inventoryItemId, String locationId, int stocked, Instant createdAt) {
            this.id = id;
            this.inventoryItemId = inventoryItemId;
            this.locationId = locationId;
            this.stocked = stocked;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }

        public int available() {
            return stocked - reserved;
        }
    }
}
