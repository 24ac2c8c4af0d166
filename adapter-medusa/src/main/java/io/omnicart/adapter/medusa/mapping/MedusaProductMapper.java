package io.omnicart.adapter.medusa.mapping;

import static io.omnicart.adapter.medusa.mapping.MedusaOrderMapper.list;

import io.omnicart.adapter.medusa.model.MedusaOptionValue;
import io.omnicart.adapter.medusa.model.MedusaPrice;
import io.omnicart.adapter.medusa.model.MedusaProduct;
import io.omnicart.adapter.medusa.model.MedusaProductOption;
import io.omnicart.adapter.medusa.model.MedusaVariant;
import io.omnicart.core.model.CollectionRef;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductOption;
import io.omnicart.core.model.ProductVariant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Medusa products (reference §7) to the normalized {@link Product}: options with their values, variants with SKU,
 * barcode, one price per currency (the plain currency price rather than region- or quantity-specific ones) and the
 * sellable quantity ({@link MedusaStockMapper}). Pure.
 */
public final class MedusaProductMapper {

    /** Less conditional prices first: no quantity tier, then fewer price rules. */
    private static final Comparator<MedusaPrice> CONDITIONS = Comparator.comparing((MedusaPrice price) ->
                    price.minQuantity() != null && price.minQuantity().intValue() > 1)
            .thenComparingInt(price -> price.rules() == null ? 0 : price.rules().size());

    private MedusaProductMapper() {}

    public static Product toProduct(MedusaProduct product) {
        Map<String, String> optionTitles = new LinkedHashMap<>();
        list(product.options()).forEach(option -> optionTitles.put(option.id(), option.title()));
        return new Product(
                product.id(),
                Objects.requireNonNullElse(product.title(), ""),
                product.handle(),
                MedusaStatusMapper.productStatus(product.status()),
                product.description(),
                MedusaAddressMapper.blankToNull(product.thumbnail()),
                collection(product),
                list(product.options()).stream()
                        .map(MedusaProductMapper::option)
                        .toList(),
                list(product.variants()).stream()
                        .map(variant -> variant(variant, optionTitles))
                        .toList(),
                product.createdAt(),
                product.updatedAt() == null ? product.createdAt() : product.updatedAt());
    }

    static ProductVariant variant(MedusaVariant variant, Map<String, String> optionTitles) {
        return new ProductVariant(
                variant.id(),
                Objects.requireNonNullElse(variant.title(), ""),
                MedusaAddressMapper.blankToNull(variant.sku()),
                MedusaAddressMapper.blankToNull(variant.barcode()),
                prices(list(variant.prices())),
                MedusaStockMapper.sellable(variant),
                options(list(variant.options()), optionTitles));
    }

    /**
     * One price per currency, in the order Medusa lists the currencies: the least conditional one (no quantity tier,
     * fewest price rules; a plain currency price has {@code rules: {}}, a region price {@code {"region_id": …}}).
     */
    static List<Money> prices(List<MedusaPrice> prices) {
        Map<String, MedusaPrice> best = new LinkedHashMap<>();
        prices.stream()
                .filter(price -> price.amount() != null && price.currencyCode() != null)
                .forEach(price ->
                        best.merge(MedusaMoney.code(price.currencyCode()), price, MedusaProductMapper::plainer));
        return best.values().stream()
                .map(price -> MedusaMoney.money(price.amount(), MedusaMoney.currency(price.currencyCode())))
                .toList();
    }

    private static MedusaPrice plainer(MedusaPrice current, MedusaPrice candidate) {
        return CONDITIONS.compare(candidate, current) < 0 ? candidate : current;
    }

    private static Map<String, String> options(List<MedusaOptionValue> values, Map<String, String> optionTitles) {
        Map<String, String> options = new LinkedHashMap<>();
        for (MedusaOptionValue value : values) {
            String title = value.optionId() == null ? null : optionTitles.get(value.optionId());
            if (title != null && value.value() != null) {
                options.putIfAbsent(title, value.value());
            }
        }
        return options;
    }

    private static ProductOption option(MedusaProductOption option) {
        List<String> values = list(option.values()).stream()
                .map(MedusaOptionValue::value)
                .filter(Objects::nonNull)
                .toList();
        return new ProductOption(option.id(), Objects.requireNonNullElse(option.title(), ""), values);
    }

    private static @Nullable CollectionRef collection(MedusaProduct product) {
        if (product.collection() == null || product.collection().id() == null) {
            return null;
        }
        String title = Objects.requireNonNullElse(product.collection().title(), "");
        return new CollectionRef(product.collection().id(), title);
    }
}
