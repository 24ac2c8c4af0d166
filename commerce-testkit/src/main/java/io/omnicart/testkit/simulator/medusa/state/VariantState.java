package io.omnicart.testkit.simulator.medusa.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product variant. {@code inventoryItemId} is set exactly when {@code manageInventory} is true.
 *
 * @param optionValueIds the {@code optval_…} ids this variant stands for
 */
public record VariantState(
        String id,
        String productId,
        String title,
        @Nullable String sku,
        @Nullable String barcode,
        boolean manageInventory,
        boolean allowBackorder,
        int rank,
        List<String> optionValueIds,
        List<Price> prices,
        @Nullable String inventoryItemId,
        @Nullable String inventoryLinkId,
        Instant createdAt) {

    public VariantState {
        optionValueIds = List.copyOf(optionValueIds);
        prices = List.copyOf(prices);
    }

    /** A plain currency price ({@code price_…}), major units. */
    public record Price(String id, BigDecimal amount, String currencyCode, Instant createdAt) {}
}
