package io.omnicart.core.model;

import org.jspecify.annotations.Nullable;

/** The outcome of one item of an inventory sync. */
public record InventoryResult(
        String sku,
        InventoryResultStatus status,
        @Nullable Integer quantity,
        @Nullable String detail) {}
