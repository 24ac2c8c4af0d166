package io.omnicart.adapter.demo.data;

import io.omnicart.core.model.ProductStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One catalog entry before ids, dates, variants and stock are generated. {@code eur}/{@code usd} are the prices of
 * every variant; when null (gift cards) each variant costs the amount named by its first option value.
 */
record ProductTemplate(
        String title,
        String handle,
        String code,
        @Nullable String collectionHandle,
        ProductStatus status,
        @Nullable String eur,
        @Nullable String usd,
        Stock stock,
        String description,
        List<OptionSpec> options) {

    ProductTemplate {
        options = List.copyOf(options);
    }

    /** How the shop keeps stock of a product. */
    enum Stock {
        /** Counted per variant; some variants run out. */
        TRACKED,
        /** Counted, and every variant is at zero. */
        SOLD_OUT,
        /** Not counted (gift cards, made-to-order): {@code inventoryQuantity} is null. */
        UNTRACKED
    }

    /** An option such as {@code Size: S, M, L}. */
    record OptionSpec(String title, List<String> values) {
        OptionSpec {
            values = List.copyOf(values);
        }

        static OptionSpec of(String title, String... values) {
            return new OptionSpec(title, List.of(values));
        }
    }
}
