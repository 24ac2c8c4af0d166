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
 * warehouse). A line with {@code locationId} sets that warehouse's record; a line without it means the tenant's default
 * warehouse ({@link OmniumWarehouses}), whose record is set (or created, when the SKU is stocked elsewhere only). Only
 * when Omnium names no default and the SKU is stocked in several warehouses is the line {@code ambiguous}. An unchanged
 * on-hand level is {@code unchanged}; anything else is written as an absolute {@code inventory}, keeping reservations.
 * Levels report the on-hand {@code inventory}, the value a sync sets. Pure.
 */
public final class OmniumInventoryPlanner {

    /** What to do with one line: a finished result, or a record to write. */
    public record Step(
            @Nullable InventoryResult outcome, @Nullable OmniumInventoryItem write) {}

    private OmniumInventoryPlanner() {}

    public static Step plan(InventoryItem line, List<OmniumInventoryItem> records, OmniumWarehouses warehouses) {
        if (records.isEmpty()) {
            return done(line, InventoryResultStatus.NOT_FOUND, null, "Omnium has no inventory record for this SKU");
        }
        String warehouse = line.locationId() != null ? line.locationId() : warehouses.defaultCode();
        if (warehouse == null) {
            return records.size() == 1 ? write(line, records.getFirst()) : ambiguous(line, records, warehouses);
        }
        List<OmniumInventoryItem> matches = records.stream()
                .filter(r -> warehouse.equals(r.warehouseCode()))
                .toList();
        if (!matches.isEmpty()) {
            return write(line, matches.getFirst());
        }
        if (line.locationId() != null) {
            return done(
                    line,
                    InventoryResultStatus.NOT_FOUND,
                    null,
                    "Omnium has no inventory record for this SKU at warehouse " + line.locationId());
        }
        return write(line, new OmniumInventoryItem(line.sku(), warehouse, null, null));
    }

    private static Step write(InventoryItem line, OmniumInventoryItem record) {
        BigDecimal wanted = BigDecimal.valueOf(line.quantity());
        if (record.inventory() != null && record.inventory().compareTo(wanted) == 0) {
            return done(line, InventoryResultStatus.UNCHANGED, line.quantity(), null);
        }
        return new Step(null, new OmniumInventoryItem(line.sku(), record.warehouseCode(), wanted, null));
    }

    private static Step ambiguous(InventoryItem line, List<OmniumInventoryItem> records, OmniumWarehouses warehouses) {
        List<String> stockedAt =
                records.stream().map(OmniumInventoryItem::warehouseCode).toList();
        return done(
                line,
                InventoryResultStatus.AMBIGUOUS,
                null,
                "Omnium marks no default warehouse (no active warehouse is isPrimaryWarehouse or isWebWarehouse) and"
                        + " the SKU is stocked in " + records.size() + " warehouses (" + String.join(", ", stockedAt)
                        + "); the tenant's warehouses are " + String.join(", ", warehouses.codes())
                        + ": give one as locationId");
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
