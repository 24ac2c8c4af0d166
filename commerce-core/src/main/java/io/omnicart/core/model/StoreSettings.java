package io.omnicart.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

public record StoreSettings(
        String name,
        Platform platform,
        @Nullable String platformVersion,
        String defaultCurrency,
        List<CurrencySetting> currencies,
        List<Region> regions,
        @Nullable String timezone) {

    public StoreSettings {
        currencies = List.copyOf(currencies);
        regions = List.copyOf(regions);
    }
}
