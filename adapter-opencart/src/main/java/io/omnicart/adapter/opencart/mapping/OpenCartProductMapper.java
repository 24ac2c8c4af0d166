package io.omnicart.adapter.opencart.mapping;

import io.omnicart.adapter.opencart.model.OpenCartCurrency;
import io.omnicart.adapter.opencart.model.OpenCartOptionValue;
import io.omnicart.adapter.opencart.model.OpenCartProduct;
import io.omnicart.adapter.opencart.model.OpenCartProductOption;
import io.omnicart.adapter.opencart.model.OpenCartVariantRef;
import io.omnicart.core.model.CollectionRef;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductOption;
import io.omnicart.core.model.ProductStatus;
import io.omnicart.core.model.ProductVariant;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A bridge product as an OmniCart product. The handle is the product's SEO keyword for the default store and language
 * (what its storefront URL shows), or the model code (the product code every OpenCart product must have) where it has
 * none; enabled is {@code published}, disabled {@code draft}; the first category is the
 * collection. Variants follow OpenCart's stock counters (reference §7): a 4.0 master lists its variant products; on 3.0
 * the product itself is one variant (its SKU, its quantity) and each option value with a counter of its own is another,
 * addressed as {@code <product_id>:<product_option_value_id>}. Stock is null where OpenCart does not subtract it.
 */
public final class OpenCartProductMapper {

    private static final OffsetDateTime UNKNOWN_TIME = Instant.EPOCH.atOffset(ZoneOffset.UTC);

    private OpenCartProductMapper() {}

    public static Product toProduct(OpenCartProduct product, OpenCartCatalogContext context) {
        List<OpenCartProductOption> options = OpenCartOrderMapper.list(product.options());
        OffsetDateTime created = product.dateAdded() == null ? UNKNOWN_TIME : product.dateAdded();
        return new Product(
                Long.toString(product.productId()),
                product.name() == null ? "" : product.name(),
                handle(product),
                Boolean.TRUE.equals(product.status()) ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
                OpenCartAddressMapper.blankToNull(product.description()),
                product.image() == null ? null : product.image().url(),
                collection(product, context),
                options.stream()
                        .filter(o -> !values(o).isEmpty())
                        .map(OpenCartProductMapper::option)
                        .toList(),
                variants(product, options, context),
                created,
                product.dateModified() == null ? created : product.dateModified());
    }

    static @Nullable String handle(OpenCartProduct product) {
        String keyword = OpenCartAddressMapper.blankToNull(product.seoKeyword());
        return keyword != null ? keyword : OpenCartAddressMapper.blankToNull(product.model());
    }

    private static @Nullable CollectionRef collection(OpenCartProduct product, OpenCartCatalogContext context) {
        List<Long> categories = OpenCartOrderMapper.list(product.categoryIds());
        if (categories.isEmpty()) {
            return null;
        }
        long id = categories.getFirst();
        String name = context.categoryName(id);
        return new CollectionRef(Long.toString(id), name == null ? "" : name);
    }

    private static ProductOption option(OpenCartProductOption option) {
        return new ProductOption(
                Long.toString(option.productOptionId()),
                option.name() == null ? "" : option.name(),
                values(option).stream()
                        .map(v -> v.name() == null ? "" : v.name())
                        .toList());
    }

    private static List<ProductVariant> variants(
            OpenCartProduct product, List<OpenCartProductOption> options, OpenCartCatalogContext context) {
        List<OpenCartVariantRef> refs = OpenCartOrderMapper.list(product.variants());
        if (!refs.isEmpty()) {
            return refs.stream()
                    .map(ref -> variant(product, ref, options, context))
                    .toList();
        }
        List<ProductVariant> variants = new ArrayList<>();
        variants.add(base(product, context));
        for (OpenCartProductOption option : options) {
            for (OpenCartOptionValue value : values(option)) {
                variants.add(optionValue(product, option, value, context));
            }
        }
        return variants;
    }

    private static ProductVariant base(OpenCartProduct product, OpenCartCatalogContext context) {
        String barcode = OpenCartAddressMapper.blankToNull(product.ean());
        return new ProductVariant(
                Long.toString(product.productId()),
                "Default",
                OpenCartAddressMapper.blankToNull(product.sku()),
                barcode == null ? OpenCartAddressMapper.blankToNull(product.upc()) : barcode,
                prices(product.price(), context),
                stock(product.subtract(), product.quantity()),
                Map.of());
    }

    private static ProductVariant optionValue(
            OpenCartProduct product,
            OpenCartProductOption option,
            OpenCartOptionValue value,
            OpenCartCatalogContext context) {
        String optionName = option.name() == null ? "" : option.name();
        String valueName = value.name() == null ? "" : value.name();
        String id = value.inventoryKey() != null
                ? value.inventoryKey()
                : product.productId() + ":" + value.productOptionValueId();
        return new ProductVariant(
                id,
                optionName + ": " + valueName,
                OpenCartAddressMapper.blankToNull(value.sku()),
                null,
                prices(withOptionPrice(product.price(), value), context),
                stock(value.subtract(), value.quantity()),
                Map.of(optionName, valueName));
    }

    private static ProductVariant variant(
            OpenCartProduct master,
            OpenCartVariantRef ref,
            List<OpenCartProductOption> options,
            OpenCartCatalogContext context) {
        Map<String, String> chosen = chosenOptions(ref, options);
        String title = chosen.isEmpty() ? "Variant " + ref.productId() : String.join(" / ", chosen.values());
        return new ProductVariant(
                Long.toString(ref.productId()),
                title,
                OpenCartAddressMapper.blankToNull(ref.sku()),
                null,
                prices(master.price(), context),
                stock(master.subtract(), ref.quantity()),
                chosen);
    }

    /** The variant's {@code {"<product_option_id>": "<product_option_value_id>"}} as option name → value name. */
    private static Map<String, String> chosenOptions(OpenCartVariantRef ref, List<OpenCartProductOption> options) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, Object> variant = ref.variant() == null ? Map.of() : ref.variant();
        for (OpenCartProductOption option : options) {
            Object selected = variant.get(Long.toString(option.productOptionId()));
            for (OpenCartOptionValue value : values(option)) {
                if (selected != null && selected.toString().equals(Long.toString(value.productOptionValueId()))) {
                    chosen.put(option.name() == null ? "" : option.name(), value.name() == null ? "" : value.name());
                }
            }
        }
        return chosen;
    }

    private static @Nullable BigDecimal withOptionPrice(@Nullable BigDecimal base, OpenCartOptionValue value) {
        if (base == null || value.price() == null) {
            return base;
        }
        return "-".equals(value.pricePrefix()) ? base.subtract(value.price()) : base.add(value.price());
    }

    /** The price in the default currency, then in each other enabled currency at the store's rate. */
    static List<Money> prices(@Nullable BigDecimal price, OpenCartCatalogContext context) {
        if (price == null) {
            return List.of();
        }
        List<Money> prices = new ArrayList<>();
        Currency main = Currency.getInstance(context.defaultCurrency());
        prices.add(new Money(OpenCartMoney.scaled(price, main.getDefaultFractionDigits()), main));
        for (OpenCartCurrency other : context.currencies()) {
            if (!context.defaultCurrency().equals(other.code())) {
                Currency currency = Currency.getInstance(other.code());
                int digits = other.decimalPlace() == null ? currency.getDefaultFractionDigits() : other.decimalPlace();
                prices.add(new Money(OpenCartMoney.scaled(price.multiply(other.value()), digits), currency));
            }
        }
        return prices;
    }

    private static @Nullable Integer stock(@Nullable Boolean subtract, @Nullable Integer quantity) {
        return Boolean.FALSE.equals(subtract) ? null : quantity;
    }

    private static List<OpenCartOptionValue> values(OpenCartProductOption option) {
        return OpenCartOrderMapper.list(option.values());
    }
}
