package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import java.util.Optional;

/**
 * Stock movements at the store's stock location for order lines of managed variants: placing an order reserves,
 * fulfilling deducts stock and reservation, canceling releases the reservation of what was not fulfilled.
 */
public final class InventoryLedger {

    private final MedusaStore store;

    public InventoryLedger(MedusaStore store) {
        this.store = store;
    }

    /** Units of a variant that can still be sold (stocked minus reserved); null when stock is not managed. */
    public Integer available(VariantState variant) {
        return item(variant.id()).map(InventoryItemState::available).orElse(null);
    }

    public void reserve(LineItemState line, int quantity, Instant at) {
        level(line).ifPresent(level -> {
            level.reserved += quantity;
            level.updatedAt = at;
        });
    }

    public void release(LineItemState line, int quantity, Instant at) {
        level(line).ifPresent(level -> {
            level.reserved = Math.max(0, level.reserved - quantity);
            level.updatedAt = at;
        });
    }

    public void deduct(LineItemState line, int quantity, Instant at) {
        level(line).ifPresent(level -> {
            level.stocked -= quantity;
            level.reserved = Math.max(0, level.reserved - quantity);
            level.updatedAt = at;
        });
    }

    public void restock(LineItemState line, int quantity, Instant at) {
        level(line).ifPresent(level -> {
            level.stocked += quantity;
            level.reserved += quantity;
            level.updatedAt = at;
        });
    }

    private Optional<InventoryItemState.LevelState> level(LineItemState line) {
        return line.variantId == null
                ? Optional.empty()
                : item(line.variantId)
                        .flatMap(item -> item.level(store.location().id()));
    }

    private Optional<InventoryItemState> item(String variantId) {
        return store.variant(variantId).map(VariantState::inventoryItemId).map(store.inventoryItems::get);
    }
}
