package io.omnicart.adapter.opencart.mapping;

import io.omnicart.adapter.opencart.model.OpenCartCurrency;
import io.omnicart.adapter.opencart.model.OpenCartSettings;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What product mapping needs beyond the product: the default currency and the enabled currencies with their rates (the
 * storefront shows a price in another currency as price × rate), and the names of the categories in play.
 */
public record OpenCartCatalogContext(
        String defaultCurrency, List<OpenCartCurrency> currencies, Map<Long, String> categoryNames) {

    public OpenCartCatalogContext {
        currencies = List.copyOf(currencies);
        categoryNames = Map.copyOf(categoryNames);
    }

    public static OpenCartCatalogContext of(OpenCartSettings settings, Map<Long, String> categoryNames) {
        String currency = Objects.requireNonNull(settings.defaultCurrency(), "default_currency");
        List<OpenCartCurrency> enabled = settings.currencies() == null
                ? List.of()
                : settings.currencies().stream()
                        .filter(c -> Boolean.TRUE.equals(c.status()) && c.code() != null && c.value() != null)
                        .toList();
        return new OpenCartCatalogContext(currency, enabled, categoryNames);
    }

    public @Nullable String categoryName(long id) {
        return categoryNames.get(id);
    }
}
