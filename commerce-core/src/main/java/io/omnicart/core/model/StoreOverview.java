package io.omnicart.core.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Headline figures of a store. {@code revenue} has one entry per currency and counts non-cancelled orders created in
 * the window; {@code cached} tells whether the figures were served from cache, computed at {@code asOf}.
 */
public record StoreOverview(
        long orderCount,
        long customerCount,
        long productCount,
        List<Money> revenue,
        TimeWindow window,
        OffsetDateTime asOf,
        boolean cached) {

    public StoreOverview {
        revenue = List.copyOf(revenue);
    }

    public StoreOverview asCached() {
        return new StoreOverview(orderCount, customerCount, productCount, revenue, window, asOf, true);
    }
}
