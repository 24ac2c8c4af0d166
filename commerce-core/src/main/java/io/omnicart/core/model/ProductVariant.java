package io.omnicart.core.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A sellable variant; {@code inventoryQuantity} is null when the store does not track stock for it. */
public record ProductVariant(
        String id,
        String title,
        @Nullable String sku,
        @Nullable String barcode,
        List<Money> prices,
        @Nullable Integer inventoryQuantity,
        Map<String, String> options) {

    public ProductVariant {
        prices = List.copyOf(prices);
        options = Map.copyOf(options);
    }
}
