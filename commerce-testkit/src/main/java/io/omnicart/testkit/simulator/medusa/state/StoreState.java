package io.omnicart.testkit.simulator.medusa.state;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The store row with its supported currencies (first = default). */
public record StoreState(
        String id,
        String name,
        @Nullable String defaultRegionId,
        String defaultSalesChannelId,
        String defaultLocationId,
        List<StoreCurrency> currencies,
        Instant createdAt) {

    public StoreState {
        currencies = List.copyOf(currencies);
    }

    /** A supported currency ({@code stocur_…}). */
    public record StoreCurrency(String id, String currencyCode, boolean isDefault) {}
}
