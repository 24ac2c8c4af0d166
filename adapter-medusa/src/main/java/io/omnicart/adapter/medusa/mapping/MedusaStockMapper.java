package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.mapping.MedusaOrderMapper.list;

import io.omnicart.adapter.medusa.model.MedusaInventoryItem;
import io.omnicart.adapter.medusa.model.MedusaInventoryLevel;
import io.omnicart.adapter.medusa.model.MedusaVariant;
import io.omnicart.adapter.medusa.model.MedusaVariantInventory;
import io.omnicart.core.model.InventoryLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Stock figures (reference §7): a variant's sellable quantity as Medusa computes {@code inventory_quantity} — per
 * linked inventory item the units available over all locations (stocked minus reserved) divided by the units a variant
 * needs, the smallest of those — and null when the variant does not manage inventory. Inventory levels report the
 * stocked quantity, the figure an inventory sync sets. A managed variant whose inventory links were not sent has an
 * unknown (null) quantity; one without any linked item has none to sell (0).
 */
public final class MedusaStockMapper {

    private MedusaStockMapper() {}

    public static @Nullable Integer sellable(MedusaVariant variant) {
        if (!Boolean.TRUE.equals(variant.manageInventory())) {
            return null;
        }
        if (variant.inventoryQuantity() != null) {
            return variant.inventoryQuantity().intValue();
        }
        if (variant.inventoryItems() == null) {
            return null;
        }
        return variant.inventoryItems().stream()
                .mapToInt(MedusaStockMapper::sellable)
                .min()
                .orElse(0);
    }

    /** One level per stock location of the item; an item without levels has none. */
    public static List<InventoryLevel> levels(MedusaInventoryItem item) {
        return list(item.locationLevels()).stream()
                .map(level -> new InventoryLevel(item.sku(), stocked(level), level.locationId(), null, null))
                .toList();
    }

    public static int stocked(MedusaInventoryLevel level) {
        return level.stockedQuantity() == null ? 0 : level.stockedQuantity().intValue();
    }

    private static int sellable(MedusaVariantInventory link) {
        MedusaInventoryItem item = link.inventory();
        BigDecimal required =
                link.requiredQuantity() == null || link.requiredQuantity().signum() <= 0
                        ? BigDecimal.ONE
                        : link.requiredQuantity();
        BigDecimal available = item == null ? BigDecimal.ZERO : available(list(item.locationLevels()));
        return Math.max(0, available.divide(required, 0, RoundingMode.FLOOR).intValue());
    }

    private static BigDecimal available(List<MedusaInventoryLevel> levels) {
        return levels.stream()
                .map(level -> level.availableQuantity() != null
                        ? level.availableQuantity()
                        : orZero(level.stockedQuantity()).subtract(orZero(level.reservedQuantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
