package io.omnicart.adapter.demo.data;

import io.omnicart.adapter.demo.data.ProductTemplate.OptionSpec;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.ProductVariant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** The variants of one product: every combination of its option values, with SKU, barcode, prices and stock. */
final class DemoVariantFactory {

    private static final Map<String, String> VALUE_CODES = Map.ofEntries(
            Map.entry("Black", "BLK"),
            Map.entry("Navy", "NVY"),
            Map.entry("Forest Green", "FGR"),
            Map.entry("Slate Grey", "SGR"),
            Map.entry("Charcoal", "CHR"),
            Map.entry("Rust", "RST"),
            Map.entry("Ocean", "OCN"),
            Map.entry("Orange", "ORG"),
            Map.entry("Olive", "OLV"),
            Map.entry("Sand", "SND"),
            Map.entry("Walnut", "WAL"),
            Map.entry("Graphite", "GPH"),
            Map.entry("Yellow", "YLW"),
            Map.entry("Red", "RED"),
            Map.entry("Natural", "NAT"),
            Map.entry("Regular", "REG"),
            Map.entry("Long", "LONG"),
            Map.entry("Left zip", "LZ"),
            Map.entry("Right zip", "RZ"));
    private static final int OUT_OF_STOCK_PERCENT = 12;

    private final DemoTime time;
    private final Random random;

    DemoVariantFactory(DemoTime time, Random random) {
        this.time = time;
        this.random = random;
    }

    List<ProductVariant> variants(int productIndex, ProductTemplate template, OffsetDateTime createdAt) {
        List<Map<String, String>> combinations = combinations(template.options());
        List<ProductVariant> variants = new ArrayList<>();
        for (int i = 0; i < combinations.size(); i++) {
            variants.add(variant(productIndex, i, template, combinations.get(i), createdAt));
        }
        return variants;
    }

    private ProductVariant variant(
            int productIndex, int index, ProductTemplate template, Map<String, String> options, OffsetDateTime at) {
        String title = options.isEmpty() ? "Default" : String.join(" / ", options.values());
        String barcode =
                template.eur() == null ? null : DemoBarcodes.ean13(productIndex, index); // gift cards have none
        return new ProductVariant(
                time.id("variant", at, random),
                title,
                sku(template.code(), options),
                barcode,
                prices(template, options),
                stock(template.stock()),
                options);
    }

    private static List<Map<String, String>> combinations(List<OptionSpec> options) {
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (OptionSpec option : options) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String value : option.values()) {
                    Map<String, String> combination = new LinkedHashMap<>(partial);
                    combination.put(option.title(), value);
                    next.add(combination);
                }
            }
            result = next;
        }
        return result;
    }

    private static String sku(String code, Map<String, String> options) {
        StringBuilder sku = new StringBuilder("NW-").append(code);
        options.values().forEach(value -> sku.append('-').append(valueCode(value)));
        return sku.toString();
    }

    private static String valueCode(String value) {
        String code = VALUE_CODES.get(value);
        return code != null ? code : value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** EUR first, then USD; gift cards cost their face value. */
    private static List<Money> prices(ProductTemplate template, Map<String, String> options) {
        if (template.eur() == null || template.usd() == null) {
            String amount = options.values().iterator().next() + ".00";
            return List.of(Money.of(amount, "EUR"), Money.of(amount, "USD"));
        }
        return List.of(Money.of(template.eur(), "EUR"), Money.of(template.usd(), "USD"));
    }

    private @Nullable Integer stock(ProductTemplate.Stock stock) {
        return switch (stock) {
            case UNTRACKED -> null;
            case SOLD_OUT -> 0;
            case TRACKED -> random.nextInt(100) < OUT_OF_STOCK_PERCENT ? 0 : 2 + random.nextInt(118);
        };
    }
}
