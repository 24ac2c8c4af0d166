package io.omnicart.core.model;

import org.jspecify.annotations.Nullable;

/** One line of a new draft order, by variant id or SKU (exactly one of them). */
public record DraftOrderItem(
        @Nullable String variantId, @Nullable String sku, int quantity) {}
