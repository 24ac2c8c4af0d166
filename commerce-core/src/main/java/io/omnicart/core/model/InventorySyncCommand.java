package io.omnicart.core.model;

import java.util.List;

/** Inventory sync by SKU, at most {@link #MAX_ITEMS} items; idempotent. */
public record InventorySyncCommand(List<InventoryItem> items) {

    public static final int MAX_ITEMS = 1_000;

    public InventorySyncCommand {
        items = List.copyOf(items);
    }
}
