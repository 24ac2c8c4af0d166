package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumInventoryItem;
import io.omnicart.core.model.InventoryItem;
import io.omnicart.core.model.InventoryLevel;
import io.omnicart.core.model.InventoryResult;
import io.omnicart.core.model.InventoryResultStatus;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Inventory sync by SKU against Omnium's inventory records (reference §6): a SKU is found by its records (one per
 * warehouse); without {@code locationId} it must have exactly one, else the line is {@code ambiguous}; an unchanged
 * on-hand level is {@code unchanged}; anything else is written as an absolute {@code inventory}, keeping reservations.
 * Levels report the on-hand {@code inventory}, the value a sync sets. Pure.
 */
public final class OmniumInventoryPlanner {

    /** What to do with one line: a finished result, or a record to write. */
    public record Step(
            @Nullable InventoryResult outcome, @Nullable OmniumInventoryItem write) {}

    private OmniumInventoryPlanner() {}

    public static Step plan(InventoryItem line, List<OmniumInventoryItem> records) {
        List<OmniumInventoryItem> matches = line.locationId() == null
                ? records
                : records.stream()
                        .filter(r -> line.locationId().equals(r.warehouseCode()))
                        .toList();
        if (matches.isEmpty()) {
            String where = line.locationId() == null ? "" : " at warehouse " + line.locationId();
            return done(
                    line, InventoryResultStatus.NOT_FOUND, null, "Omnium has no inventory record for this SKU" + where);
        }
        if (matches.size() > 1) {
            return done(
                    line,
                    InventoryResultStatus.AMBIGUOUS,
                    null,
                    "the SKU is stocked in " + matches.size() + " warehouses: give a locationId");
        }
        OmniumInventoryItem record = matches.getFirst();
        BigDecimal wanted = BigDecimal.valueOf(line.quantity());
        if (record.inventory() != null && record.inventory().compareTo(wanted) == 0) {
            return done(line, InventoryResultStatus.UNCHANGED, line.quantity(), null);
        }
        return new Step(null, new OmniumInventoryItem(line.sku(), record.warehouseCode(), wanted, null));
    }

    public static InventoryResult updated(InventoryItem line) {
        return new InventoryResult(line.sku(), InventoryResultStatus.UPDATED, line.quantity(), null);
    }

    public static InventoryResult failed(InventoryItem line, String detail) {
        return new InventoryResult(line.sku(), InventoryResultStatus.FAILED, null, detail);
    }

    public static InventoryLevel level(OmniumInventoryItem record) {
        Integer quantity =
                record.inventory() == null ? null : record.inventory().intValue();
        return new InventoryLevel(record.sku(), quantity, record.warehouseCode(), null, record.sku());
    }

    private static Step done(
            InventoryItem line, InventoryResultStatus status, @Nullable Integer quantity, @Nullable String detail) {
        return new Step(new InventoryResult(line.sku(), status, quantity, detail), null);
    }
}
