package io.omnicart.core.model;

import org.jspecify.annotations.Nullable;

public record LineItem(
        String id,
        @Nullable String productId,
        @Nullable String variantId,
        @Nullable String sku,
        String title,
        @Nullable String variantTitle,
        @Nullable String thumbnail,
        int quantity,
        Money unitPrice,
        Money total) {}
