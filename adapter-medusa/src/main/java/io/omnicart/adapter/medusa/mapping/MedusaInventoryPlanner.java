package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.mapping.MedusaOrderMapper.list;

import io.omnicart.adapter.medusa.model.MedusaInventoryItem;
import io.omnicart.adapter.medusa.model.MedusaInventoryLevel;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventoryResultStatus;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one line of an inventory sync does (reference §7: stock lives on inventory items, per location level). A SKU
 * with no inventory item is {@code not_found} (unknown, or its variant does not manage stock); one shared by several
 * items, or stock kept at several locations without a {@code locationId}, is {@code ambiguous}; a level already at the
 * quantity is {@code unchanged}; otherwise the level is written (created at a named location the item lacks).
 */
public final class MedusaInventoryPlanner {

    private MedusaInventoryPlanner() {}

    /** The outcome, when no write is needed, or the write to make. */
    public record Step(
            @Nullable InventoryResult outcome, @Nullable Write write) {}

    /** Set {@code stocked} on {@code itemId} at {@code locationId}; {@code create} when the item has no level there. */
    public record Write(String itemId, String locationId, int stocked, boolean create) {}

    public static Step plan(InventoryItem line, List<MedusaInventoryItem> matches) {
        if (line.quantity() < 0) {
            return done(line, InventoryResultStatus.FAILED, null, "quantity must not be negative");
        }
        if (matches.isEmpty()) {
            return done(line, InventoryResultStatus.NOT_FOUND, null, "no inventory item has this SKU");
        }
        if (matches.size() > 1) {
            return done(
                    line, InventoryResultStatus.AMBIGUOUS, null, matches.size() + " inventory items share this SKU");
        }
        return planLevel(line, matches.getFirst());
    }

    public static InventoryResult updated(InventoryItem line) {
        return new InventoryResult(line.sku(), InventoryResultStatus.UPDATED, line.quantity(), null);
    }

    public static InventoryResult failed(InventoryItem line, String detail) {
        return new InventoryResult(line.sku(), InventoryResultStatus.FAILED, null, detail);
    }

    private static Step planLevel(InventoryItem line, MedusaInventoryItem item) {
        List<MedusaInventoryLevel> levels = list(item.locationLevels());
        if (line.locationId() != null) {
            return atLocation(line, item, levels, line.locationId());
        }
        if (levels.isEmpty()) {
            return done(
                    line,
                    InventoryResultStatus.FAILED,
                    null,
                    "the item is stocked at no location yet: give a locationId");
        }
        if (levels.size() > 1) {
            return done(
                    line,
                    InventoryResultStatus.AMBIGUOUS,
                    null,
                    "stock is kept at " + levels.size() + " locations: give a locationId");
        }
        return write(line, item, levels.getFirst());
    }

    /** The level at the named location, or a new level there. */
    private static Step atLocation(
            InventoryItem line, MedusaInventoryItem item, List<MedusaInventoryLevel> levels, String locationId) {
        Optional<MedusaInventoryLevel> level = levels.stream()
                .filter(candidate -> locationId.equals(candidate.locationId()))
                .findFirst();
        return level.map(found -> write(line, item, found))
                .orElseGet(() -> new Step(null, new Write(item.id(), locationId, line.quantity(), true)));
    }

    private static Step write(InventoryItem line, MedusaInventoryItem item, MedusaInventoryLevel level) {
        if (MedusaStockMapper.stocked(level) == line.quantity()) {
            return done(line, InventoryResultStatus.UNCHANGED, line.quantity(), null);
        }
        return new Step(null, new Write(item.id(), level.locationId(), line.quantity(), false));
    }

    private static Step done(
            InventoryItem line, InventoryResultStatus status, @Nullable Integer quantity, @Nullable String detail) {
        return new Step(new InventoryResult(line.sku(), status, quantity, detail), null);
    }
}
