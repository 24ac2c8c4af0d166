package io.omnicart.core.model;

import org.jspecify.annotations.Nullable;

/** Current stock of one SKU (at one location where the store has several). */
public record InventoryLevel(
        String sku,
        @Nullable Integer quantity,
        @Nullable String locationId,
        @Nullable String productId,
        @Nullable String variantId) {}
