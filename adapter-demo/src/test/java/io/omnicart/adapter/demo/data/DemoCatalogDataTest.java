package io.omnicart.adapter.demo.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnicart.core.model.Collection;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Product;
import io.omnicart.core.model.ProductStatus;
import io.omnicart.core.model.ProductVariant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCatalogDataTest {

    private final DemoStore store = DemoDataGenerator.generate(LocalDate.of(2026, 3, 15));
    private final List<Product> products = store.products();
    private final List<ProductVariant> variants =
            products.stream().flatMap(product -> product.variants().stream()).toList();

    @Test
    void has30ProductsInEveryStatusMostlyPublished() {
        assertThat(products).hasSize(30);
        assertThat(products.stream().map(Product::status).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(ProductStatus.class));
        assertThat(products.stream().filter(p -> p.status() == ProductStatus.PUBLISHED))
                .hasSizeGreaterThan(20);
    }

    @Test
    void productsReadLikeARealShop() {
        assertThat(products).allSatisfy(product -> {
            assertThat(product.title()).doesNotContainPattern("(?i)product \\d");
            assertThat(product.handle()).matches("[a-z0-9-]+");
            assertThat(product.description()).hasSizeGreaterThan(40);
            assertThat(product.thumbnail()).isEqualTo("https://demo.omnicart.dev/images/" + product.handle() + ".jpg");
            assertThat(product.id()).startsWith("prod_");
            assertThat(product.updatedAt())
                    .isAfterOrEqualTo(product.createdAt())
                    .isBefore(store.anchor());
        });
        assertThat(products).extracting(Product::handle).doesNotHaveDuplicates();
        assertThat(products)
                .filteredOn(p -> p.collection() == null)
                .extracting(Product::title)
                .containsExactly("Northwind Gift Card");
    }

    @Test
    void variantsCombineTheOptionsWithSkusBarcodesAndBothPrices() {
        assertThat(products).allSatisfy(product -> {
            int combinations =
                    product.options().stream().mapToInt(o -> o.values().size()).reduce(1, (a, b) -> a * b);
            assertThat(product.variants()).hasSize(combinations);
            assertThat(product.variants())
                    .allSatisfy(variant -> assertThat(variant.options().keySet())
                            .containsExactlyInAnyOrderElementsOf(product.options().stream()
                                    .map(o -> o.title())
                                    .toList()));
        });
        assertThat(variants)
                .extracting(ProductVariant::sku)
                .doesNotHaveDuplicates()
                .allMatch(sku -> sku.matches("NW-[A-Z0-9]+(-[A-Z0-9]+)+"))
                .contains("NW-TEE-MERINO-M-BLK", "NW-COOK-TI", "NW-GIFT-50");
        assertThat(variants).allSatisfy(variant -> {
            assertThat(variant.prices())
                    .extracting(m -> m.currency().getCurrencyCode())
                    .containsExactly("EUR", "USD");
            assertThat(variant.prices())
                    .extracting(Money::amount)
                    .allSatisfy(a -> assertThat(a.scale()).isEqualTo(2));
        });
    }

    @Test
    void barcodesAreValidUniqueEan13() {
        List<String> barcodes = variants.stream()
                .map(ProductVariant::barcode)
                .filter(Objects::nonNull)
                .toList();
        assertThat(barcodes).hasSizeGreaterThan(150).doesNotHaveDuplicates().allSatisfy(barcode -> {
            assertThat(barcode).matches("\\d{13}");
            assertThat(DemoBarcodes.checkDigit(barcode.substring(0, 12))).isEqualTo(barcode.charAt(12) - '0');
        });
        assertThat(DemoBarcodes.checkDigit("400638133393")).isEqualTo(1);
        assertThat(DemoBarcodes.checkDigit("590123412345")).isEqualTo(7);
    }

    @Test
    void stockIsMostlyTrackedWithSomeOutOfStockAndSomeUntracked() {
        long untracked =
                variants.stream().filter(v -> v.inventoryQuantity() == null).count();
        long outOfStock = variants.stream()
                .filter(v -> Integer.valueOf(0).equals(v.inventoryQuantity()))
                .count();
        assertThat(untracked).isPositive().isLessThan(variants.size() / 10);
        assertThat(outOfStock).isGreaterThan(5).isLessThan(variants.size() / 4);
        assertThat(products)
                .anySatisfy(product -> assertThat(product.variants())
                        .allSatisfy(v -> assertThat(v.inventoryQuantity()).isZero()));
    }

    @Test
    void fiveCollectionsCountTheirProducts() {
        assertThat(store.collections()).hasSize(5).allSatisfy(collection -> {
            long members = products.stream()
                    .filter(p -> p.collection() != null && p.collection().id().equals(collection.id()))
                    .count();
            assertThat(collection.productCount()).isEqualTo((int) members).isPositive();
            assertThat(collection.id()).startsWith("pcol_");
        });
        assertThat(store.collections())
                .extracting(Collection::title)
                .containsExactly(
                        "Base & Mid Layers", "Outerwear", "Trail Footwear", "Packs & Bags", "Camp & Accessories");
    }
}
