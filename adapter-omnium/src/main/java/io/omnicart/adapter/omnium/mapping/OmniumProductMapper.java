package io.omnicart.adapter.omnium.mapping;

import io.omnicart.adapter.omnium.model.OmniumPrice;
import io.omnicart.adapter.omnium.model.OmniumProduct;
import io.omnicart.adapter.omnium.model.OmniumProductCategory;
import io.omnicart.adapter.omnium.model.OmniumProductInventory;
import io.omnicart.adapter.omnium.model.OmniumProperty;
import io.omnicart.adapter.omnium.model.OmniumVariant;
import io.omnicart.core.model.CollectionRef;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductOption;
import io.omnicart.core.model.ProductStatus;
import io.omnicart.core.model.ProductVariant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Omnium products (reference §6) to the normalized {@link Product}: the id and handle are the logical {@code productId}
 * (shared by every language's document and used by order lines; {@code GET /api/Products/{productId}} reads it), not
 * the language-suffixed document id; variants are the product's {@code variants}, or the product itself when it is a
 * single SKU; a variant's id is its {@code skuId} (the value orders and inventory use). Options are Omnium's typed axes
 * {@code size} and {@code color}, plus custom properties in the key group {@code Options}. Prices: one per currency,
 * the market-wide ones (no store, customer or group). Stock: the sum over warehouses, null for a virtual product (no
 * physical stock: gift cards, services) or when Omnium lists none at all. Pure.
 */
public final class OmniumProductMapper {

    /** The key group of custom properties that name further variant axes (reference §6: Omnium has no axis list). */
    static final String OPTIONS = "Options";

    private OmniumProductMapper() {}

    public static Product toProduct(OmniumProduct product, @Nullable CollectionRef collection) {
        List<ProductVariant> variants = variants(product);
        return new Product(
                id(product),
                title(product),
                OmniumAddressMapper.blankToNull(product.productId()),
                status(product),
                OmniumAddressMapper.blankToNull(product.description()),
                OmniumAddressMapper.blankToNull(product.mainImageUrl()),
                collection,
                options(product),
                variants,
                OmniumTimes.parseOrEpoch(product.created()),
                OmniumTimes.parseOrEpoch(product.modified() != null ? product.modified() : product.created()));
    }

    /** The product's first category as embedded in it; {@code categoryId} with its name when present. */
    public static @Nullable OmniumProductCategory category(OmniumProduct product) {
        if (product.categories() != null && !product.categories().isEmpty()) {
            String main = product.mainCategoryId();
            return product.categories().stream()
                    .filter(category -> main == null || main.equals(category.categoryId()))
                    .findFirst()
                    .orElse(product.categories().getFirst());
        }
        return product.mainCategoryId() == null
                ? null
                : new OmniumProductCategory(null, product.mainCategoryId(), null, null, null, null);
    }

    public static @Nullable CollectionRef collection(@Nullable OmniumProductCategory category) {
        if (category == null || category.categoryId() == null) {
            return null;
        }
        String name = OmniumAddressMapper.blankToNull(category.name());
        return new CollectionRef(category.categoryId(), name == null ? category.categoryId() : name);
    }

    public static String id(OmniumProduct product) {
        String id = product.productId() != null ? product.productId() : product.id();
        if (id == null) {
            throw new IllegalArgumentException("an Omnium product without an id");
        }
        return id;
    }

    public static String title(OmniumProduct product) {
        String name = OmniumAddressMapper.blankToNull(product.name());
        return name != null ? name : id(product);
    }

    /**
     * Omnium knows {@code isActive} and {@code status} ({@code Published} by default, reference §6); a status
     * that names an OmniCart state is taken as such, an inactive product is a draft.
     */
    public static ProductStatus status(OmniumProduct product) {
        String status = product.status() == null ? "" : product.status().strip().toLowerCase(Locale.ROOT);
        return switch (status) {
            case "proposed" -> ProductStatus.PROPOSED;
            case "rejected" -> ProductStatus.REJECTED;
            case "draft" -> ProductStatus.DRAFT;
            default -> Boolean.FALSE.equals(product.isActive()) ? ProductStatus.DRAFT : ProductStatus.PUBLISHED;
        };
    }

    /** Every SKU of the product: its variants' and its own. */
    public static List<String> skus(OmniumProduct product) {
        List<String> skus = new ArrayList<>();
        if (product.skuId() != null) {
            skus.add(product.skuId());
        }
        if (product.variants() != null) {
            product.variants().stream()
                    .map(OmniumVariant::skuId)
                    .filter(sku -> sku != null)
                    .forEach(skus::add);
        }
        return skus;
    }

    static List<ProductVariant> variants(OmniumProduct product) {
        if (product.variants() != null && !product.variants().isEmpty()) {
            return product.variants().stream().map(OmniumProductMapper::variant).toList();
        }
        String sku = product.skuId() != null ? product.skuId() : product.productId();
        return List.of(new ProductVariant(
                sku == null ? id(product) : sku,
                title(product),
                product.skuId(),
                OmniumAddressMapper.blankToNull(product.ean()),
                prices(product.prices()),
                Boolean.TRUE.equals(product.isVirtual()) ? null : stock(product.inventory()),
                axes(product.size(), product.color(), product.properties())));
    }

    private static ProductVariant variant(OmniumVariant variant) {
        String id = variant.skuId() != null ? variant.skuId() : variant.id();
        String title = OmniumAddressMapper.blankToNull(variant.name());
        return new ProductVariant(
                id == null ? "" : id,
                title != null ? title : (id == null ? "" : id),
                variant.skuId(),
                OmniumAddressMapper.blankToNull(variant.ean()),
                prices(variant.prices()),
                Boolean.TRUE.equals(variant.isVirtual()) ? null : stock(variant.inventory()),
                axes(variant.size(), variant.color(), variant.properties()));
    }

    private static List<ProductOption> options(OmniumProduct product) {
        List<Map<String, String>> axes =
                product.variants() != null && !product.variants().isEmpty()
                        ? product.variants().stream()
                                .map(v -> axes(v.size(), v.color(), v.properties()))
                                .toList()
                        : List.of(axes(product.size(), product.color(), product.properties()));
        Map<String, Set<String>> values = new LinkedHashMap<>();
        axes.forEach(map -> map.forEach((axis, value) ->
                values.computeIfAbsent(axis, k -> new LinkedHashSet<>()).add(value)));
        return values.entrySet().stream()
                .map(entry -> new ProductOption(
                        entry.getKey().toLowerCase(Locale.ROOT), entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }

    /** The typed axes {@code size} and {@code color}, then custom properties of the key group {@value #OPTIONS}. */
    private static Map<String, String> axes(
            @Nullable String size, @Nullable String color, @Nullable List<OmniumProperty> properties) {
        Map<String, String> axes = new LinkedHashMap<>();
        if (OmniumAddressMapper.blankToNull(size) != null) {
            axes.put("Size", size.strip());
        }
        if (OmniumAddressMapper.blankToNull(color) != null) {
            axes.put("Color", color.strip());
        }
        if (properties != null) {
            properties.stream()
                    .filter(property -> OPTIONS.equalsIgnoreCase(property.keyGroup()))
                    .filter(property -> OmniumAddressMapper.blankToNull(property.key()) != null
                            && OmniumAddressMapper.blankToNull(property.value()) != null)
                    .forEach(property -> axes.putIfAbsent(
                            property.key().strip(), property.value().strip()));
        }
        return axes;
    }

    /** One price per currency: the first market-wide one. */
    static List<Money> prices(@Nullable List<OmniumPrice> prices) {
        if (prices == null) {
            return List.of();
        }
        Map<String, Money> byCurrency = new LinkedHashMap<>();
        prices.stream()
                .filter(price -> price.unitPrice() != null && price.currencyCode() != null)
                .filter(price -> price.storeId() == null && price.customerId() == null && price.customerGroup() == null)
                .forEach(price -> byCurrency.putIfAbsent(
                        price.currencyCode().toUpperCase(Locale.ROOT),
                        OmniumMoney.money(price.unitPrice(), OmniumMoney.currency(price.currencyCode()))));
        return List.copyOf(byCurrency.values());
    }

    static @Nullable Integer stock(@Nullable List<OmniumProductInventory> inventory) {
        if (inventory == null) {
            return null;
        }
        return inventory.stream()
                .map(OmniumProductInventory::quantity)
                .map(OmniumMoney::orZero)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .intValue();
    }
}
