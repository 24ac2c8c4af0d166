package io.omnicart.testkit.simulator.seed;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A sellable variant.
 *
 * @param options option title → value, e.g. {@code {"Size": "M"}}
 * @param stock units received at the store's single stock location before any seeded order: fulfilled seeded orders
 *     then take their units out, open ones reserve theirs; null when the store does not track stock for this variant
 */
public record SeedVariant(
        String sku,
        String title,
        @Nullable String barcode,
        Map<String, String> options,
        List<SeedPrice> prices,
        @Nullable Integer stock) {

    public SeedVariant {
        options = Map.copyOf(options);
        prices = List.copyOf(prices);
    }

    /** The price in this currency (any case). */
    public SeedPrice price(String currency) {
        return prices.stream()
                .filter(price -> price.currency().equalsIgnoreCase(currency))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(sku + " has no price in " + currency));
    }
}
