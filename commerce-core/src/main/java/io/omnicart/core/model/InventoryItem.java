package io.omnicart.core.model;

import org.jspecify.annotations.Nullable;

/** Set the stock of one SKU to {@code quantity} (an absolute level, so a repeat is harmless). */
public record InventoryItem(
        String sku, int quantity, @Nullable String locationId) {}
